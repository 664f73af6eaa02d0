using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Matching.Search.Testing.Elasticsearch;

/// <summary>
/// The <c>_source</c> filtering Elasticsearch applies to hits and gets (<c>_global/search/_types/SourceFilter.ts</c>):
/// false drops the source, includes keep only matching paths (with the objects on the way), excludes remove matching
/// paths; patterns are dotted paths with <c>*</c> wildcards.
/// </summary>
public sealed record SourceFiltering(bool Fetch, IReadOnlyList<string> Includes, IReadOnlyList<string> Excludes)
{
    public static SourceFiltering All { get; } = new(true, [], []);

    /// <summary>The search body's <c>_source</c>: a boolean, a pattern, a list of patterns, or includes/excludes.</summary>
    public static SourceFiltering FromBody(JsonNode? source) => source switch
    {
        null => All,
        JsonValue value when value.TryGetValue<bool>(out var fetch) => fetch ? All : new(false, [], []),
        JsonValue value => new(true, [value.GetValue<string>()], []),
        JsonArray patterns => new(true, Strings(patterns), []),
        JsonObject filter => new(true, Strings(filter["includes"] ?? filter["include"]), Strings(filter["excludes"] ?? filter["exclude"])),
        _ => throw new NotSupportedException($"_source {source.ToJsonString()}"),
    };

    /// <summary>The query parameters <c>_source</c>, <c>_source_includes</c> and <c>_source_excludes</c> of a get.</summary>
    public static SourceFiltering FromQuery(IReadOnlyDictionary<string, string> query)
    {
        if (query.TryGetValue("_source", out var source) && source is "false") return new(false, [], []);
        var includes = query.TryGetValue("_source_includes", out var i) ? i.Split(',') : source is null or "true" ? [] : source.Split(',');
        var excludes = query.TryGetValue("_source_excludes", out var e) ? e.Split(',') : [];
        return new(true, includes, excludes);
    }

    /// <summary>The filtered copy of a stored document, or null when the source is not fetched.</summary>
    public JsonObject? Apply(JsonObject document) => Fetch ? Filter(document, "") : null;

    private JsonObject Filter(JsonObject document, string prefix)
    {
        var result = new JsonObject();
        foreach (var (key, value) in document)
        {
            var path = prefix + key;
            if (Excludes.Any(p => Matches(p, path))) continue;
            if (Includes.Count == 0 || Includes.Any(p => Matches(p, path)))
                result[key] = value is JsonObject inner && Excludes.Count > 0 ? new SourceFiltering(true, [], Excludes).Filter(inner, path + ".") : value?.DeepClone();
            else if (value is JsonObject partial && Includes.Any(p => p.Contains('*') || p.StartsWith(path + ".", StringComparison.Ordinal)))
            {
                var kept = Filter(partial, path + ".");
                if (kept.Count > 0) result[key] = kept;
            }
        }
        return result;
    }

    private static bool Matches(string pattern, string path) =>
        Regex.IsMatch(path, "^" + Regex.Escape(pattern).Replace(@"\*", ".*") + "$");

    private static string[] Strings(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => [.. array.Select(n => n!.GetValue<string>())],
        _ => [node.GetValue<string>()],
    };
}
