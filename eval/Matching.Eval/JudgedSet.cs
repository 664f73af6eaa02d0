using System.Globalization;
using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Geo;
using Matching.Domain.Vacancies;

namespace Matching.Eval;

/// <summary>The hand-judged vacancies, candidates and grades under eval/ (see eval/README.md).</summary>
public sealed record JudgedSet(IReadOnlyList<Vacancy> Vacancies, IReadOnlyList<CandidateProfile> Candidates,
    IReadOnlyDictionary<(string Vacancy, string Candidate), int> Grades)
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public int GradeOf(string vacancy, string candidate) => Grades.GetValueOrDefault((vacancy, candidate));

    public static JudgedSet Load(string folder)
    {
        var places = PostcodeGazetteer.Netherlands;
        var vacancies = Rows(Path.Combine(folder, "vacancies.tsv")).Select(f => new Vacancy
        {
            Id = f[0],
            MunicipalityCode = "GM0193",
            Employer = "Werkgever " + f[0],
            Title = f[1],
            Branche = Enum.Parse<Branche>(f[2]),
            Pc4 = f[3],
            Location = Place(places, f[3]),
            Description = f[4],
            MinHoursPerWeek = 16,
            MaxHoursPerWeek = 38,
            Kind = VacancyKind.Regular,
            Steps = VacancyKind.Regular.DefaultSteps(),
            RequiredLanguageLevel = LanguageLevel.A2,
            UpdatedAt = Now,
        }).ToList();
        var candidates = Rows(Path.Combine(folder, "candidates.tsv")).Select(f => new CandidateProfile
        {
            Reference = "EVAL-" + f[0],
            MunicipalityCode = "GM0193",
            HomePc4 = f[1],
            Home = Place(places, f[1]),
            MaxTravelKm = 60,
            HoursAvailablePerWeek = 32,
            ParticipationStep = 5,
            Category = DalfsenCategory.WerkfitProgressExpected,
            LanguageLevel = LanguageLevel.B1,
            Consent = ConsentScope.Region,
            Status = CandidateStatus.Active,
            UpdatedAt = Now,
            Portfolio = EPortfolio.Empty with
            {
                WorkExperience = f[2].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Experience).ToList(),
                Skills = f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                About = f.Length > 4 ? f[4] : "",
            },
        }).ToList();
        return new JudgedSet(vacancies, candidates, GradesIn(Path.Combine(folder, "judgements.tsv")));
    }

    /// <summary>A judgements file (vacancy, candidate, grade) as grades by pair.</summary>
    public static Dictionary<(string Vacancy, string Candidate), int> GradesIn(string path) =>
        Rows(path).ToDictionary(f => (f[0], "EVAL-" + f[1]), f => int.Parse(f[2], CultureInfo.InvariantCulture));

    /// <summary>occupation|branche|years[|year it ended]</summary>
    private static WorkExperience Experience(string text)
    {
        var f = text.Split('|');
        return new WorkExperience(Enum.Parse<Branche>(f[1]), f[0], double.Parse(f[2], CultureInfo.InvariantCulture),
            EndedYear: f.Length > 3 ? int.Parse(f[3], CultureInfo.InvariantCulture) : null);
    }

    private static GeoPoint Place(PostcodeGazetteer places, string pc4) =>
        places.Find(pc4)?.Centroid ?? throw new InvalidDataException($"PC4 {pc4} is not in the gazetteer.");

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));
}
