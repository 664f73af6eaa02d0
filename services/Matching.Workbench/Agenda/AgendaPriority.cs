using Matching.Weekdate;

namespace Matching.Workbench.Agenda;

/// <summary>
/// The order of the weekdate agenda: own municipality first, then "most promising" = the match's score plus up to
/// <see cref="MaxWaitingPoints"/> points for how long the candidate has waited (<see cref="WaitingPointsPerMonth"/> a
/// month since registration or the last placement), so among similar matches the one who waits longest is discussed
/// first. It orders the meeting only: the ranking itself never sees waiting time.
/// </summary>
public static class AgendaPriority
{
    public const double WaitingPointsPerMonth = 0.5;
    public const double MaxWaitingPoints = 12;

    /// <summary>Whole months waited on <paramref name="today"/>; null when the profile does not say.</summary>
    public static int? MonthsWaiting(DateOnly? since, DateOnly today)
    {
        if (since is not { } s || s > today) return null;
        var months = (today.Year - s.Year) * 12 + today.Month - s.Month - (today.Day < s.Day ? 1 : 0);
        return Math.Max(0, months);
    }

    public static double WaitingPoints(int? monthsWaiting) => monthsWaiting is { } m ? Math.Min(MaxWaitingPoints, m * WaitingPointsPerMonth) : 0;

    public static double Of(double score, int? monthsWaiting) => score + WaitingPoints(monthsWaiting);

    /// <summary>New vacancies: own first, then by their most promising proposed candidate.</summary>
    public static IReadOnlyList<NewVacancyEntry> Order(IEnumerable<NewVacancyEntry> entries, string ownParty, Func<string, int?> monthsWaiting) =>
        entries
            .Select(v => (Entry: v, Priority: v.Top.Count == 0 ? 0 : v.Top.Max(c => Of(c.Score, monthsWaiting(c.CandidateRef)))))
            .OrderByDescending(v => v.Entry.Vacancy.MunicipalityCode == ownParty).ThenByDescending(v => v.Priority)
            .ThenBy(v => v.Entry.Vacancy.Id, StringComparer.Ordinal)
            .Select(v => v.Entry).ToList();

    /// <summary>New and changed candidates: own first, then best match plus waiting time.</summary>
    public static IReadOnlyList<CandidateEntry> Order(IEnumerable<CandidateEntry> entries, string ownParty, Func<string, int?> monthsWaiting) =>
        entries
            .Select(c => (Entry: c, Priority: Of(c.Top.Count > 0 ? c.Top[0].Score : 0, monthsWaiting(c.CandidateRef))))
            .OrderByDescending(c => c.Entry.MunicipalityCode == ownParty).ThenByDescending(c => c.Priority)
            .ThenBy(c => c.Entry.CandidateRef, StringComparer.Ordinal)
            .Select(c => c.Entry).ToList();
}
