using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;
using Microsoft.Extensions.Options;

namespace Matching.Weekdate;

/// <summary>
/// Evaluates all pairs with <see cref="EligibilityRules"/>. Requirements no training can fix (trede, travel
/// distance, indications) are checked first and cheaply; what depends on the candidate alone (active, consent, the
/// certificates they effectively hold) is worked out once per candidate, not once per pair. The remaining
/// requirements are then counted without building any reasons: only a pair with exactly one unmet requirement can be
/// a near miss, and only that requirement is checked again with the rules' own check (reason and all) for
/// <see cref="FixableGap"/>. The verdicts and texts are those of <see cref="EligibilityRules.Evaluate"/> (a test
/// holds the two to the same pairs), at a fraction of the cost: 200 vacancies × 45,000 candidates were 2 GB of
/// reasons per list. Pairs are handed to the caller as they are found, vacancy by vacancy in the order given, and not
/// kept: what the list needs of them is tallied by <see cref="PairTally"/>, so memory does not grow with the number
/// of pairs.
/// </summary>
public sealed class PairEvaluator(EligibilityRules rules, IOptions<WeekdateOptions> options)
{
    public void Evaluate(IReadOnlyList<Vacancy> vacancies, IReadOnlyList<CandidateProfile> candidates, Party requester, DateOnly today,
        Action<EvaluatedPair> onEligible, Action<NearMiss> onNearMiss)
    {
        var facts = new CandidateFacts[candidates.Count];
        for (var i = 0; i < facts.Length; i++) facts[i] = CandidateFacts.Of(candidates[i], requester, rules);
        foreach (var vacancy in vacancies)
        {
            var needsRegister = vacancy.Kind.RequiresDoelgroepregister();
            var needsBeschut = vacancy.Kind.RequiresBeschutWerkIndication();
            foreach (var candidate in facts)
            {
                var profile = candidate.Profile;
                if (!vacancy.Steps.Contains(profile.ParticipationStep)
                    || (needsRegister && !profile.Indications.Doelgroepregister)
                    || (needsBeschut && !profile.Indications.BeschutWerk)
                    || profile.Home.DistanceKmTo(vacancy.Location) > profile.MaxTravelKm)
                    continue;
                var unmet = candidate.UnmetOf(vacancy, today);
                if (unmet == 0) onEligible(new EvaluatedPair(vacancy, profile));
                else if (unmet == 1 && candidate.UnmetAlways == 0 && NearMissOf(vacancy, profile, candidate.OnlyUnmet(vacancy, today)) is { } nearMiss)
                    onNearMiss(nearMiss);
            }
        }
    }

    /// <summary>One pair again (to explain a pair the tally kept only the score of).</summary>
    public EligibilityResult Evaluate(Vacancy vacancy, CandidateProfile candidate, Party requester, DateOnly today) =>
        rules.Evaluate(vacancy, candidate, requester, today);

    /// <summary>The verdict of <see cref="Evaluate(Vacancy, CandidateProfile, Party, DateOnly)"/> without its reasons.</summary>
    public bool IsEligible(Vacancy vacancy, CandidateProfile candidate, Party requester, DateOnly today) =>
        rules.IsEligible(vacancy, candidate, requester, today);

    /// <summary>The pair's only unmet requirement, when it is one a course or a conversation can fix (<see cref="FixableGap"/>).</summary>
    private NearMiss? NearMissOf(Vacancy vacancy, CandidateProfile candidate, RequirementCheck onlyUnmet) =>
        FixableGap.Of(vacancy, candidate, onlyUnmet, options.Value.MaxHoursShort) is { } gap
            ? new NearMiss(vacancy, candidate, gap.Key, gap.Missing, gap.Detail)
            : null;

    /// <summary>What the rules ask of a candidate regardless of the vacancy, worked out once per list.</summary>
    private sealed record CandidateFacts(CandidateProfile Profile, int UnmetAlways, IReadOnlyDictionary<string, DateOnly?> Effective)
    {
        public static CandidateFacts Of(CandidateProfile profile, Party requester, EligibilityRules rules) => new(profile,
            (profile.Status == CandidateStatus.Active ? 0 : 1) + (rules.MayBeSharedWith(profile, requester) ? 0 : 1),
            CertificateCatalogue.Effective(profile.Certificates));

        /// <summary>
        /// How many of the rules' requirements the pair does not meet, counted as <see cref="EligibilityRules.Evaluate"/>
        /// checks them, for a pair whose trede, distance and indications are already known to be met.
        /// </summary>
        public int UnmetOf(Vacancy vacancy, DateOnly today)
        {
            var unmet = UnmetAlways + (Profile.HoursAvailablePerWeek >= vacancy.MinHoursPerWeek ? 0 : 1);
            foreach (var code in vacancy.RequiredCertificates)
                if (!CertificateCatalogue.Holds(Effective, code, today)) unmet++;
            return unmet;
        }

        /// <summary>
        /// The rules' check of the one requirement left unmet, for a pair whose <see cref="UnmetOf"/> is 1 and that is
        /// active and shared (<see cref="UnmetAlways"/> 0): its hours, or else one of the required certificates.
        /// </summary>
        public RequirementCheck OnlyUnmet(Vacancy vacancy, DateOnly today)
        {
            if (Profile.HoursAvailablePerWeek < vacancy.MinHoursPerWeek) return EligibilityRules.HoursCheck(vacancy, Profile);
            foreach (var code in vacancy.RequiredCertificates)
                if (!CertificateCatalogue.Holds(Effective, code, today)) return EligibilityRules.CertificateCheck(code, Effective, today, required: true);
            throw new InvalidOperationException("The pair meets every requirement.");
        }
    }
}
