using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Matching.Search.Lucene;

/// <summary>Small builders for keyword filter clauses.</summary>
internal static class QueryClauses
{
    public static TermQuery Is(string field, string value) => new(new Term(field, value));

    /// <summary>Any of the values; an empty list matches nothing (an empty "in" set admits no document).</summary>
    public static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var query = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal)) query.Add(Is(field, value), Occur.SHOULD);
        return query;
    }

    public static BooleanQuery AllOf(params Query[] clauses)
    {
        var query = new BooleanQuery();
        foreach (var clause in clauses) query.Add(clause, Occur.MUST);
        return query;
    }
}
