using System.Text.Json.Nodes;

namespace Matching.Search.Testing.Elasticsearch;

/// <summary>Document requests: search, count, get and bulk.</summary>
public sealed partial class ElasticsearchTestTransport
{
    /// <summary>
    /// Every stored document the query matches (<see cref="QueryEvaluation"/>: most queries are not evaluated), in id
    /// order; with <c>search_after</c>, only those whose sort values come after it (for sorts that order like the ids,
    /// as on the reference); <c>seq_no_primary_term</c> adds each hit's sequence number and primary term.
    /// </summary>
    private (int, JsonNode?) Search(string index, JsonObject body, IReadOnlyDictionary<string, string> query)
    {
        var indices = Resolve(index);
        if (indices.Count == 0) return (404, ResponseBodies.IndexNotFound(index));
        var sort = SortKeys(body["sort"]);
        var scored = sort.Count == 0 || sort.Contains("_score") || body["track_scores"]?.GetValue<bool>() == true;
        var filtering = SourceFiltering.FromBody(body["_source"]);
        var seqNoPrimaryTerm = body["seq_no_primary_term"]?.GetValue<bool>() == true || query.GetValueOrDefault("seq_no_primary_term") == "true";
        var all = Matching(indices, body["query"]).ToArray();
        if (body["search_after"] is JsonArray after)
        {
            if (sort.Count != after.Count || sort.Contains("_score"))
                return (400, ResponseBodies.Error(400, "illegal_argument_exception",
                    $"search_after has {after.Count} value(s) but sort has {sort.Count}"));
            all = all.Where(d => Compare(sort.Select(key => Field(d.Source, key)).ToArray(), after.ToArray()) > 0).ToArray();
        }
        var size = body["size"]?.GetValue<int>() ?? 10;
        var hits = all.Take(size).Select(d =>
        {
            double? score = scored ? _scores.GetValueOrDefault(d.Id, 1.0) : null;
            JsonArray? sortValues = sort.Count == 0 ? null
                : new JsonArray([.. sort.Select(key => key == "_score" ? JsonValue.Create(score) : Field(d.Source, key)?.DeepClone())]);
            var hit = ResponseBodies.Hit(d.Index, d.Id, score, filtering.Apply(d.Source), sortValues);
            if (seqNoPrimaryTerm) ResponseBodies.WithSeqNoPrimaryTerm(hit, d.SeqNo, StoredIndex.PrimaryTerm);
            return hit;
        }).ToArray();
        var track = body["track_total_hits"];
        var withTotal = track is null || !(track is JsonValue v && v.TryGetValue<bool>(out var t) && !t);
        var exact = track is JsonValue e && e.TryGetValue<bool>(out var x) && x;
        double? maxScore = scored && hits.Length > 0 ? hits.Max(h => h["_score"]!.GetValue<double>()) : null;
        return (200, ResponseBodies.Search(hits, all.Length, withTotal, exact, maxScore));
    }

    private static IEnumerable<(string Index, string Id, JsonObject Source, long SeqNo)> Matching(IEnumerable<StoredIndex> indices, JsonNode? query) =>
        indices.SelectMany(i => i.Documents.Select(d => (Index: i.Name, Id: d.Key, d.Value.Source, d.Value.SeqNo)))
            .Where(d => QueryEvaluation.Matches(query, d.Source))
            .OrderBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>Sort values compared in order: strings ordinally, numbers numerically, a missing value first.</summary>
    private static int Compare(JsonNode?[] values, JsonNode?[] after)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var compared = (values[i], after[i]) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                (JsonValue a, JsonValue b) when a.TryGetValue<double>(out var x) && b.TryGetValue<double>(out var y) => x.CompareTo(y),
                var (a, b) => string.CompareOrdinal(a.ToString(), b.ToString()),
            };
            if (compared != 0) return compared;
        }
        return 0;
    }

    /// <summary>The field names of a search's sort, in order: "_score" or a field, from any of the sort syntaxes.</summary>
    private static List<string> SortKeys(JsonNode? sort) => sort switch
    {
        null => [],
        JsonArray keys => keys.SelectMany(k => SortKeys(k)).ToList(),
        JsonObject key => [key.Single().Key],
        _ => [sort.GetValue<string>()],
    };

    private static JsonNode? Field(JsonObject source, string path)
    {
        JsonNode? node = source;
        foreach (var part in path.Split('.')) node = node?[part];
        return node;
    }

    /// <summary>
    /// Term vectors of an artificial document (the vacancy text scored against itself), in the shape of
    /// termvectors/TermVectorsResponse.ts with term and field statistics. No analysis is emulated: lower-cased
    /// whitespace tokens stand in for the analyzer, and a term's doc_freq counts the stored sources that mention it.
    /// </summary>
    private (int, JsonNode?) TermVectors(string index, JsonObject body)
    {
        var indices = Resolve(index);
        if (indices.Count == 0) return (404, ResponseBodies.IndexNotFound(index));
        var doc = body["doc"]?.AsObject() ?? [];
        var fields = (body["fields"] as JsonArray)?.Select(f => f!.GetValue<string>()).ToList() ?? doc.Select(d => d.Key).ToList();
        var sources = indices.SelectMany(i => i.Documents.Values.Select(d => d.Source.ToJsonString().ToLowerInvariant())).ToList();
        var vectors = new JsonObject();
        foreach (var field in fields)
        {
            if (doc[field] is not JsonValue value || !value.TryGetValue<string>(out var text)) continue;
            var terms = text.ToLowerInvariant().Split([' ', '\t', '\n', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
                .GroupBy(t => t, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Term: g.Key, Frequency: g.Count(), DocFreq: sources.Count(s => s.Contains(g.Key, StringComparison.Ordinal)))).ToList();
            var termsJson = new JsonObject();
            foreach (var (term, frequency, docFreq) in terms)
                termsJson[term] = new JsonObject { ["doc_freq"] = docFreq, ["ttf"] = docFreq, ["term_freq"] = frequency };
            vectors[field] = new JsonObject
            {
                ["field_statistics"] = new JsonObject { ["sum_doc_freq"] = terms.Sum(t => t.DocFreq), ["doc_count"] = sources.Count, ["sum_ttf"] = terms.Sum(t => t.DocFreq) },
                ["terms"] = termsJson,
            };
        }
        return (200, new JsonObject { ["_index"] = indices[0].Name, ["_version"] = 0, ["found"] = true, ["took"] = 1, ["term_vectors"] = vectors });
    }

    private (int, JsonNode?) Count(string index, JsonObject body)
    {
        var indices = Resolve(index);
        return indices.Count == 0 ? (404, ResponseBodies.IndexNotFound(index)) : (200, ResponseBodies.Count(Matching(indices, body["query"]).Count()));
    }

    private (int, JsonNode?) Get(string index, string id, SourceFiltering filtering)
    {
        var indices = Resolve(index);
        if (indices.Count == 0) return (404, ResponseBodies.IndexNotFound(index));
        if (indices.Count > 1)
            return (400, ResponseBodies.Error(400, "illegal_argument_exception",
                $"alias [{index}] has more than one index associated with it [{string.Join(", ", indices.Select(i => i.Name))}], can't execute a single index op"));
        var stored = indices[0].Find(id);
        return stored is null
            ? (404, ResponseBodies.NotFound(indices[0].Name, id))
            : (200, ResponseBodies.Found(indices[0].Name, id, stored.Version, stored.SeqNo, filtering.Apply(stored.Source)));
    }

    private (int, JsonNode?) Bulk(string index, IReadOnlyList<JsonObject> lines, bool requireAlias)
    {
        var items = new List<JsonObject>();
        for (var line = 0; line < lines.Count; line += 2)
        {
            var (operation, metadata) = lines[line].Single();
            if (operation != "index") throw new NotSupportedException($"bulk operation {operation}");
            var id = metadata!["_id"]!.GetValue<string>();
            var targetName = metadata["_index"]?.GetValue<string>() ?? index;
            var target = WriteIndex(targetName, requireAlias);
            if (target is null)
                items.Add(ResponseBodies.BulkRefused(targetName, id, 404, "index_not_found_exception",
                    $"no such index [{targetName}] and [require_alias] request flag is [true] and [{targetName}] is not an alias"));
            else if (_bulkRefusals.TryGetValue(id, out var refusal))
                items.Add(ResponseBodies.BulkRefused(target.Name, id, refusal.Status, refusal.Type, refusal.Reason));
            else if (VersionConflict(target, id, metadata) is { } conflict)
                items.Add(ResponseBodies.BulkRefused(target.Name, id, 409, "version_conflict_engine_exception", conflict));
            else if (target.UnmappedField(lines[line + 1]) is { } unmapped)
                items.Add(ResponseBodies.BulkRefused(target.Name, id, 400, "strict_dynamic_mapping_exception",
                    $"[1:{lines[line + 1].ToJsonString().IndexOf($"\"{unmapped}\"", StringComparison.Ordinal) + 1}] mapping set to strict, dynamic introduction of [{unmapped}] within [_doc] is not allowed"));
            else
            {
                var stored = target.Put(id, lines[line + 1]);
                items.Add(ResponseBodies.BulkIndexed(target.Name, id, stored.Version, stored.SeqNo));
            }
        }
        return (200, ResponseBodies.Bulk(items));
    }

    /// <summary>
    /// The reason an index operation with <c>if_seq_no</c>/<c>if_primary_term</c> is refused, as the node words it
    /// (VersionConflictEngineException); null when it holds or the operation has no condition.
    /// </summary>
    private static string? VersionConflict(StoredIndex target, string id, JsonNode metadata)
    {
        if (metadata["if_seq_no"] is not JsonValue seqNo) return null;
        var required = seqNo.GetValue<long>();
        var term = metadata["if_primary_term"]?.GetValue<long>() ?? 0;
        var current = target.Find(id);
        var prefix = $"[{id}]: version conflict, required seqNo [{required}], primary term [{term}].";
        if (current is null) return prefix + " but no document was found";
        return current.SeqNo == required && term == StoredIndex.PrimaryTerm ? null
            : prefix + $" current document has seqNo [{current.SeqNo}] and primary term [{StoredIndex.PrimaryTerm}]";
    }

    /// <summary>The write index of an alias; an unknown name is auto-created as an index unless require_alias is set.</summary>
    private StoredIndex? WriteIndex(string name, bool requireAlias)
    {
        var aliased = _indices.Values.Where(i => i.Aliases.ContainsKey(name)).ToArray();
        if (aliased.Length > 0) return aliased.Length == 1 ? aliased[0] : aliased.Single(i => i.Aliases[name]);
        if (requireAlias) return null;
        if (!_indices.TryGetValue(name, out var index)) _indices[name] = index = new StoredIndex(name);
        return index;
    }
}
