using Matching.DemoData.Vocabulary;
using Matching.Domain.Candidates;
using Matching.Domain.Common;

namespace Matching.DemoData.Generation;

/// <summary>Builds one candidate profile at a time from the tables in <see cref="CandidateTables"/>.</summary>
internal sealed class CandidateFactory(MunicipalityPool pool, DateTexts dates)
{
    private readonly CertificatePlanner _certificates = new(dates);
    private readonly Branche[] _experienceBranches = new Branche[3];

    public CandidateInput Create(DemoRandom random, int municipality, int sequence)
    {
        var group = CandidateTables.Group.Pick(random);
        var g = (int)group;
        var beschutWerk = random.Chance(CandidateTables.BeschutWerkShare[g]);
        var (category, clientGroup) = Classify(random, group, beschutWerk);
        var experienceCount = CandidateTables.ExperienceCount[g].Pick(random);
        var primary = CandidateTables.PastBranche.Pick(random);
        var experience = Experience(random, primary, experienceCount);
        return new CandidateInput
        {
            Reference = $"{pool.Prefixes[municipality]}-{sequence:D6}",
            MunicipalityCode = pool.Codes[municipality],
            Postcode = pool.PickPostcode(municipality, random),
            MaxTravelKm = CandidateTables.MaxTravelKm[g].Pick(random),
            HoursAvailablePerWeek = CandidateTables.Hours[g].Pick(random),
            ParticipationStep = CandidateTables.Step[g].Pick(random),
            Category = category,
            ClientGroup = clientGroup,
            LanguageLevel = CandidateTables.Language.Pick(random),
            Portfolio = Portfolio(random, primary, experience),
            Certificates = _certificates.Plan(random, group, _experienceBranches.AsSpan(0, experienceCount)),
            Doelgroepregister = random.Chance(CandidateTables.DoelgroepregisterShare[g]),
            BeschutWerkIndication = beschutWerk,
            Workshops = Workshops(random, group),
            Consent = CandidateTables.Consent.Pick(random),
            Status = clientGroup == nameof(ClientGroup.Geplaatst) && random.Chance(0.7)
                ? nameof(CandidateStatus.Placed)
                : CandidateTables.Status.Pick(random),
        };
    }

    private static (string? Category, string? ClientGroup) Classify(DemoRandom random, CategoryGroup group, bool beschutWerk)
    {
        var scheme = CandidateTables.Scheme.Pick(random);
        var maximumReached = random.Chance(CandidateTables.MaximumReachedShare[(int)group]);
        // DalfsenCategory lists each group as MaximumReached, ProgressExpected.
        var category = CandidateTables.Categories[(int)group * 2 + (maximumReached ? 0 : 1)];
        if (scheme == ClassificationScheme.Dalfsen) return (category, null);
        var clientGroup = group switch
        {
            CategoryGroup.Zorg => ClientGroup.Zorg,
            CategoryGroup.Meedoen when beschutWerk => ClientGroup.Werkvoorzienend,
            CategoryGroup.Meedoen => random.Chance(0.55) ? ClientGroup.LerenEnOntwikkelen : ClientGroup.WerkenEnErvaren,
            _ => random.NextDouble() switch
            {
                < 0.6 => ClientGroup.DirectWerk,
                < 0.9 => ClientGroup.WerkenEnErvaren,
                _ => ClientGroup.Geplaatst,
            },
        };
        return (scheme == ClassificationScheme.Both ? category : null, CandidateTables.ClientGroups[(int)clientGroup]);
    }

    private WorkExperienceInput?[] Experience(DemoRandom random, Branche primary, int count)
    {
        if (count == 0) return [];
        var items = new WorkExperienceInput?[count];
        for (var i = 0; i < count; i++)
        {
            // People tend to stay in a line of work: most later jobs are in the same branche.
            var branche = i == 0 || random.Chance(0.65) ? primary : CandidateTables.PastBranche.Pick(random);
            _experienceBranches[i] = branche;
            var years = random.Chance(0.15) ? random.Next(20, 51) / 2.0 : random.Next(1, 21) / 2.0;
            var occupation = random.Pick(EscoOccupations.ArrayFor(branche));
            items[i] = new WorkExperienceInput(BrancheNames.Of(branche), occupation.DutchLabel, years, occupation.OccupationCode);
        }
        return items;
    }

    private static PortfolioInput Portfolio(DemoRandom random, Branche primary, WorkExperienceInput?[] experience)
    {
        var words = BrancheVocabulary.For(primary);
        var level = CandidateTables.Education.Pick(random);
        var skillCount = experience.Length == 0 ? random.Next(1, 3) : random.Next(2, 5);
        var skills = new string?[skillCount + 1];
        Words.PickDistinct(random, words.Skills, skills.AsSpan(0, skillCount));
        skills[^1] = random.Pick(BrancheVocabulary.GeneralSkills);
        var interests = new string?[random.Next(1, 4)];
        Words.PickDistinct(random, words.Interests, interests);
        return new PortfolioInput
        {
            EducationLevel = level.ToString(),
            Education = EducationTexts.For(level, words.MboCourse),
            WorkExperience = experience,
            Skills = skills,
            Interests = interests,
        };
    }

    private static string?[] Workshops(DemoRandom random, CategoryGroup group)
    {
        var ePortfolio = random.Chance(0.65);
        var werkfit = random.Chance(group switch { CategoryGroup.Werkfit => 0.6, CategoryGroup.Meedoen => 0.25, _ => 0.02 });
        var solliciteren = random.Chance(group switch { CategoryGroup.Werkfit => 0.5, CategoryGroup.Meedoen => 0.1, _ => 0 });
        var list = new string?[(ePortfolio ? 1 : 0) + (werkfit ? 1 : 0) + (solliciteren ? 1 : 0)];
        var i = 0;
        if (ePortfolio) list[i++] = nameof(Workshop.EPortfolio);
        if (werkfit) list[i++] = nameof(Workshop.Werkfit);
        if (solliciteren) list[i] = nameof(Workshop.Solliciteren);
        return list;
    }
}
