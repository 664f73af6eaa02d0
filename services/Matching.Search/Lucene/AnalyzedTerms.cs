using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Matching.Search.Lucene;

/// <summary>
/// Runs user text through the index analyzer and counts the resulting terms. The text is never parsed as query
/// syntax, so operators, quotes, wildcards and backslashes are just characters the tokenizer drops or keeps.
/// </summary>
internal static class AnalyzedTerms
{
    /// <summary>
    /// Distinct terms cap: BooleanQuery refuses more than 1024 clauses, and a vacancy text longer than this adds
    /// noise rather than relevance.
    /// </summary>
    public const int MaxDistinctTerms = 512;

    /// <summary>Distinct terms in order of first appearance, with how often each occurs in the text.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> Of(Analyzer analyzer, string field, string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return [];
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (counts.TryGetValue(value, out var count))
                counts[value] = count + 1;
            else if (order.Count < MaxDistinctTerms)
            {
                counts[value] = 1;
                order.Add(value);
            }
        }
        stream.End();
        return order.Select(t => KeyValuePair.Create(t, counts[t])).ToArray();
    }
}
