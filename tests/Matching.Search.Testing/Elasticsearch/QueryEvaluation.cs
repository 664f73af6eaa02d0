using System.Text.Json.Nodes;

namespace Matching.Search.Testing.Elasticsearch;

/// <summary>
/// The few queries <see cref="ElasticsearchTestTransport"/> evaluates (<c>_types/query_dsl/</c>): <c>match_all</c>,
/// <c>term</c> on a field's exact value (a document without the field does not match), and <c>bool</c> of those in
/// <c>filter</c>, <c>must</c> and <c>must_not</c>. Any other query is not evaluated: it matches every document, as the
/// transport's searches always did, so which candidates a ranking query selects stays the conformance suite's job.
/// </summary>
internal static class QueryEvaluation
{
    /// <summary>Whether <paramref name="source"/> matches; true for a query this class does not evaluate.</summary>
    public static bool Matches(JsonNode? query, JsonObject source) => Evaluate(query, source) ?? true;

    /// <summary>Null when the query (or any clause of it) is not one this class evaluates.</summary>
    private static bool? Evaluate(JsonNode? query, JsonObject source)
    {
        if (query is null) return true;
        if (query is not JsonObject { Count: 1 } single) return null;
        var (kind, body) = single.Single();
        return kind switch
        {
            "match_all" => true,
            "term" => Term(body as JsonObject, source),
            "bool" => Bool(body as JsonObject, source),
            _ => null,
        };
    }

    private static bool? Term(JsonObject? body, JsonObject source)
    {
        if (body is not { Count: 1 }) return null;
        var (field, condition) = body.Single();
        var expected = condition is JsonObject options ? options["value"] : condition;
        if (expected is not JsonValue) return null;
        JsonNode? value = source;
        foreach (var part in field.Split('.')) value = value?[part];
        return value is JsonValue actual && JsonNode.DeepEquals(actual, expected);
    }

    private static bool? Bool(JsonObject? body, JsonObject source)
    {
        if (body is null || body.Any(p => p.Key is not ("filter" or "must" or "must_not"))) return null;
        var result = true;
        foreach (var (occur, clauses) in body)
            foreach (var clause in clauses is JsonArray list ? list.ToArray() : [clauses])
            {
                if (Evaluate(clause, source) is not { } matches) return null;
                result &= occur == "must_not" ? !matches : matches;
            }
        return result;
    }
}
