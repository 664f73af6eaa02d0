using System.Text.RegularExpressions;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Matching.Domain.Text;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// The free text as <c>match</c> clauses on the portfolio: plain values the server analyses with the Dutch
/// analyzer, never parsed as query syntax. Words are grouped by how often the text repeats them, one clause per
/// group boosted by that count: the same score as one match over the whole text (where each repetition adds a
/// clause), like the Lucene backend's term boosts, while the clause count stays bounded however long the text is.
/// Soft-skill words (<see cref="ProjectVocabulary.SoftSkills"/>) weigh a tenth, as in the Lucene backend.
/// </summary>
internal static partial class PortfolioTextClauses
{
    private static readonly HashSet<string> SoftSkills = new(ProjectVocabulary.SoftSkills, StringComparer.Ordinal);

    /// <summary>The text's ordinary words and its soft-skill words, each as one text (for <see cref="TextReferenceRequest"/>).</summary>
    public static (string Ordinary, string SoftSkills) SplitSoftSkills(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();
        return (string.Join(' ', words.Where(w => !SoftSkills.Contains(w))), string.Join(' ', words.Where(SoftSkills.Contains)));
    }

    /// <summary>
    /// Distinct words cap, as in the Lucene backend: the server refuses a query past its clause limit (at least
    /// 1024), and a vacancy text longer than this adds noise rather than relevance.
    /// </summary>
    public const int MaxDistinctWords = 512;

    public static IReadOnlyList<Query> Of(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (Match word in Word().Matches(text))
        {
            var value = word.Value.ToLowerInvariant();
            if (counts.TryGetValue(value, out var count))
                counts[value] = count + 1;
            else if (order.Count < MaxDistinctWords)
            {
                counts[value] = 1;
                order.Add(value);
            }
        }
        return order
            .GroupBy(w => counts[w] * (SoftSkills.Contains(w) ? ProjectVocabulary.SoftSkillWeight : 1f))
            .OrderBy(g => g.Key)
            .Select(g => (Query)new MatchQuery(CandidateFields.Portfolio, string.Join(' ', g))
            {
                Operator = Operator.Or,
                // Boost 1 is the default; leaving it out keeps the common request free of noise.
                Boost = g.Key == 1f ? null : g.Key,
            })
            .ToArray();
    }

    /// <summary>
    /// Runs of letters, marks and digits, joined by an apostrophe or period as Unicode word breaking (the standard
    /// tokenizer) joins them ("auto's", "3.5"). The server re-analyses each word, so this only decides counting.
    /// </summary>
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*")]
    private static partial Regex Word();
}
