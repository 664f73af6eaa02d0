using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Matching.Search.Lucene;

/// <summary>
/// Runs user text through the index analyzer and weighs the resulting terms. The text is never parsed as query
/// syntax, so operators, quotes, wildcards and backslashes are just characters the tokenizer drops or keeps.
/// </summary>
internal static class AnalyzedTerms
{
    /// <summary>
    /// Distinct terms cap: BooleanQuery refuses more than 1024 clauses, and a vacancy text longer than this adds
    /// noise rather than relevance.
    /// </summary>
    public const int MaxDistinctTerms = 512;

    /// <summary>
    /// Distinct terms in order of first appearance, each with the summed weight of the words it came from:
    /// <paramref name="weightOf"/> gets the word as written (lower case), so a compound part weighs what its word
    /// weighs ("zelfstandig" → zelfstand and stand, both as the soft skill it is) and a word other than a soft skill
    /// keeps its weight when one of its parts also ends a soft skill ("werken" is no "samenwerken"). Elasticsearch
    /// weighs per written word the same way (<c>PortfolioTextClauses</c>).
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, float>> Of(Analyzer analyzer, string field, string text, Func<string, float> weightOf)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        var order = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        // Compound parts carry the offsets of the word they were split from (Lucene 4.4 and later).
        var offset = stream.AddAttribute<IOffsetAttribute>();
        int wordStart = -1, wordEnd = -1;
        var weight = 1f;
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (offset.StartOffset != wordStart || offset.EndOffset != wordEnd)
            {
                (wordStart, wordEnd) = (offset.StartOffset, offset.EndOffset);
                weight = weightOf(text[wordStart..wordEnd].ToLowerInvariant());
            }
            var value = term.ToString();
            if (weights.TryGetValue(value, out var sum))
                weights[value] = sum + weight;
            else if (order.Count < MaxDistinctTerms)
            {
                weights[value] = weight;
                order.Add(value);
            }
        }
        stream.End();
        return order.Select(t => KeyValuePair.Create(t, weights[t])).ToArray();
    }
}
