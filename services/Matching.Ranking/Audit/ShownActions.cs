namespace Matching.Ranking.Audit;

/// <summary>
/// The audited actions that showed a candidate to a party, as both audit stores answer <see cref="IAuditLog.WasShownAsync"/>:
/// some for one vacancy, some pairing the candidate with many.
/// </summary>
internal static class ShownActions
{
    /// <summary>A ranking or match list of one vacancy, over the API or on the workbench.</summary>
    public static readonly string[] ForVacancy = ["rank", "match-list", "werkbank:rank"];

    /// <summary>A weekdate list and a ranking of vacancies for one candidate pair the candidate with many vacancies.</summary>
    public static readonly string[] WithEveryVacancy = ["weekdate", "werkbank:weekdate", "rank-vacancies", "werkbank:vacatures"];

    /// <summary>The actions as an SQL list of literals ("'rank', 'match-list'"): fixed names of this class, never input.</summary>
    public static string SqlList(string[] actions) => string.Join(", ", actions.Select(a => $"'{a}'"));
}
