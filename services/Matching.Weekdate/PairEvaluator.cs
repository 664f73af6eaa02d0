using Matching.Domain.Candidates;
using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;
using Microsoft.Extensions.Options;

namespace Matching.Weekdate;

/// <summary>
/// Evaluates all pairs with <see cref="EligibilityRules"/>. Requirements no training can fix (trede, travel
/// distance, indications) are checked first and cheaply, so the full rules run only on pairs that can still be a
/// match or a near miss: 200 vacancies × 20,000 candidates stays in seconds. Pairs are handed to the caller as they
/// are found, vacancy by vacancy in the order given, and not kept: what the list needs of them is tallied by
/// <see cref="PairTally"/>, so memory does not grow with the number of pairs.
/// </summary>
public sealed class PairEvaluator(EligibilityRules rules, IOptions<WeekdateOptions> options)
{
    public void Evaluate(IReadOnlyList<Vacancy> vacancies, IReadOnlyList<CandidateProfile> candidates, Party requester, DateOnly today,
        Action<EvaluatedPair> onEligible, Action<NearMiss> onNearMiss)
    {
        foreach (var vacancy in vacancies)
        {
            var needsRegister = vacancy.Kind.RequiresDoelgroepregister();
            var needsBeschut = vacancy.Kind.RequiresBeschutWerkIndication();
            foreach (var candidate in candidates)
            {
                if (!vacancy.Steps.Contains(candidate.ParticipationStep)
                    || (needsRegister && !candidate.Indications.Doelgroepregister)
                    || (needsBeschut && !candidate.Indications.BeschutWerk)
                    || candidate.Home.DistanceKmTo(vacancy.Location) > candidate.MaxTravelKm)
                    continue;
                var eligibility = rules.Evaluate(vacancy, candidate, requester, today);
                if (eligibility.IsEligible)
                    onEligible(new EvaluatedPair(vacancy, candidate, eligibility));
                else if (NearMissOf(vacancy, candidate, eligibility) is { } nearMiss)
                    onNearMiss(nearMiss);
            }
        }
    }

    /// <summary>One pair again (to explain a pair the tally kept only the score of).</summary>
    public EligibilityResult Evaluate(Vacancy vacancy, CandidateProfile candidate, Party requester, DateOnly today) =>
        rules.Evaluate(vacancy, candidate, requester, today);

    /// <summary>Exactly one unmet requirement, and it is one a course or a conversation can fix (<see cref="FixableGap"/>).</summary>
    private NearMiss? NearMissOf(Vacancy vacancy, CandidateProfile candidate, EligibilityResult eligibility) =>
        FixableGap.Of(vacancy, candidate, eligibility, options.Value.MaxHoursShort) is { } gap
            ? new NearMiss(vacancy, candidate, gap.Key, gap.Missing, gap.Detail)
            : null;
}
