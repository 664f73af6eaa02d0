using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Domain.Outcomes;

namespace Matching.Learning.Synthetic;

/// <summary>
/// A generated netwerker history: what was shown, what happened, and the hidden grade each shown pair "deserved".
/// Synthetic by construction; never evidence of real-world quality.
/// </summary>
public sealed record SyntheticHistory(
    IReadOnlyList<Impression> Impressions,
    IReadOnlyList<MatchOutcome> Outcomes,
    IReadOnlyList<LoggedRanking> Rankings,
    IReadOnlyDictionary<(string VacancyId, string CandidateRef), int> HiddenGrades,
    IReadOnlyList<MonitoringProfile> Monitoring);
