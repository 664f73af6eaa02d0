using System.Text.Json.Nodes;

namespace Matching.Search.Testing.Elasticsearch;

/// <summary>
/// Response bodies in Elasticsearch 9's shape, field for field as the Elasticsearch API specification
/// (github.com/elastic/elasticsearch-specification, <c>specification/</c>) declares them; each method names its source.
/// Optional fields a 9.x node sends on these calls are included, so the client parses what a server really sends.
/// </summary>
public static class ResponseBodies
{
    /// <summary><c>_types/Stats.ts</c> ShardStatistics: one shard, as the backend's indexes have.</summary>
    public static JsonObject Shards(int total = 1) => new()
    {
        ["total"] = total,
        ["successful"] = total,
        ["skipped"] = 0,
        ["failed"] = 0,
    };

    /// <summary>
    /// <c>_global/search/SearchResponse.ts</c> ResponseBody with <c>_types/hits.ts</c> HitsMetadata: total is present
    /// unless track_total_hits was false; max_score is null when hits are sorted on fields without scores.
    /// </summary>
    public static JsonObject Search(IReadOnlyList<JsonObject> hits, long total, bool withTotal, bool exactTotal, double? maxScore)
    {
        var metadata = new JsonObject();
        if (withTotal)
            metadata["total"] = new JsonObject
            {
                ["value"] = exactTotal ? total : Math.Min(total, 10_000),
                ["relation"] = exactTotal || total <= 10_000 ? "eq" : "gte",
            };
        metadata["max_score"] = maxScore;
        metadata["hits"] = new JsonArray([.. hits]);
        return new JsonObject
        {
            ["took"] = 3,
            ["timed_out"] = false,
            ["_shards"] = Shards(),
            ["hits"] = metadata,
        };
    }

    /// <summary><c>_types/hits.ts</c> Hit: <c>_source</c> only when not filtered away entirely, <c>sort</c> only when sorted.</summary>
    public static JsonObject Hit(string index, string id, double? score, JsonObject? source, JsonArray? sort)
    {
        var hit = new JsonObject { ["_index"] = index, ["_id"] = id, ["_score"] = score };
        if (source is not null) hit["_source"] = source;
        if (sort is not null) hit["sort"] = sort;
        return hit;
    }

    /// <summary><c>_types/hits.ts</c> Hit's <c>_seq_no</c> and <c>_primary_term</c>, present when the search asked for seq_no_primary_term.</summary>
    public static JsonObject WithSeqNoPrimaryTerm(JsonObject hit, long seqNo, long primaryTerm)
    {
        hit["_seq_no"] = seqNo;
        hit["_primary_term"] = primaryTerm;
        return hit;
    }

    /// <summary><c>_global/get/types.ts</c> GetResult of a stored document (200).</summary>
    public static JsonObject Found(string index, string id, long version, long seqNo, JsonObject? source)
    {
        var result = new JsonObject
        {
            ["_index"] = index,
            ["_id"] = id,
            ["_version"] = version,
            ["_seq_no"] = seqNo,
            ["_primary_term"] = 1,
            ["found"] = true,
        };
        if (source is not null) result["_source"] = source;
        return result;
    }

    /// <summary><c>_global/get/GetResponse.ts</c>, the 404 exception whose body is a GetResult with found=false.</summary>
    public static JsonObject NotFound(string index, string id) => new() { ["_index"] = index, ["_id"] = id, ["found"] = false };

    /// <summary><c>_global/count/CountResponse.ts</c>.</summary>
    public static JsonObject Count(long count) => new() { ["count"] = count, ["_shards"] = Shards() };

    /// <summary><c>_global/bulk/BulkResponse.ts</c>: errors is true when any item failed.</summary>
    public static JsonObject Bulk(IReadOnlyList<JsonObject> items) => new()
    {
        ["errors"] = items.Any(i => i["index"]!["error"] is not null),
        ["took"] = 5,
        ["items"] = new JsonArray([.. items]),
    };

    /// <summary><c>_global/bulk/types.ts</c> ResponseItem of an index operation that succeeded (201 created, 200 updated).</summary>
    public static JsonObject BulkIndexed(string index, string id, long version, long seqNo) => new()
    {
        ["index"] = new JsonObject
        {
            ["_index"] = index,
            ["_id"] = id,
            ["_version"] = version,
            ["result"] = version == 1 ? "created" : "updated",
            ["_shards"] = new JsonObject { ["total"] = 1, ["successful"] = 1, ["failed"] = 0 },
            ["_seq_no"] = seqNo,
            ["_primary_term"] = 1,
            ["status"] = version == 1 ? 201 : 200,
        },
    };

    /// <summary><c>_global/bulk/types.ts</c> ResponseItem of a refused index operation, with its ErrorCause.</summary>
    public static JsonObject BulkRefused(string index, string id, int status, string type, string reason) => new()
    {
        ["index"] = new JsonObject
        {
            ["_index"] = index,
            ["_id"] = id,
            ["status"] = status,
            ["error"] = new JsonObject
            {
                ["type"] = type,
                ["reason"] = reason,
                ["index_uuid"] = IndexUuid(index),
                ["shard"] = "0",
                ["index"] = index,
            },
        },
    };

    /// <summary><c>indices/create/IndicesCreateResponse.ts</c>.</summary>
    public static JsonObject IndexCreated(string index) => new()
    {
        ["acknowledged"] = true,
        ["shards_acknowledged"] = true,
        ["index"] = index,
    };

    /// <summary><c>indices/get_alias/IndicesGetAliasResponse.ts</c>: per index, its aliases with their AliasDefinition.</summary>
    public static JsonObject Aliases(IEnumerable<(string Index, string Alias, bool IsWriteIndex)> aliases)
    {
        var body = new JsonObject();
        foreach (var (index, alias, isWriteIndex) in aliases)
        {
            var definition = new JsonObject();
            if (isWriteIndex) definition["is_write_index"] = true;
            if (body[index] is not JsonObject entry) body[index] = entry = new JsonObject { ["aliases"] = new JsonObject() };
            entry["aliases"]![alias] = definition;
        }
        return body;
    }

    /// <summary><c>indices/get_alias/_types/response.ts</c> NotFoundAliases: the 404 body names the missing alias as a string.</summary>
    public static JsonObject AliasMissing(string alias) => new() { ["error"] = $"alias [{alias}] missing", ["status"] = 404 };

    /// <summary><c>_types/Base.ts</c> AcknowledgedResponseBase, the update-aliases answer.</summary>
    public static JsonObject Acknowledged() => new() { ["acknowledged"] = true };

    /// <summary><c>_global/reindex/ReindexResponse.ts</c> of a completed reindex without failures.</summary>
    public static JsonObject Reindexed(long created, long updated) => new()
    {
        ["took"] = 12,
        ["timed_out"] = false,
        ["total"] = created + updated,
        ["updated"] = updated,
        ["created"] = created,
        ["deleted"] = 0,
        ["batches"] = created + updated == 0 ? 0 : 1,
        ["version_conflicts"] = 0,
        ["noops"] = 0,
        ["retries"] = new JsonObject { ["bulk"] = 0, ["search"] = 0 },
        ["throttled_millis"] = 0,
        ["requests_per_second"] = -1.0,
        ["throttled_until_millis"] = 0,
        ["failures"] = new JsonArray(),
    };

    /// <summary>
    /// <c>_types/Base.ts</c> ErrorResponseBase: <c>{"error": ErrorCause, "status": status}</c>, where the node repeats
    /// the cause in root_cause (<c>_types/Errors.ts</c>) and adds the cause's metadata (resource, index) to both.
    /// </summary>
    public static JsonObject Error(int status, string type, string reason, IReadOnlyDictionary<string, string>? metadata = null)
    {
        JsonObject Cause()
        {
            var cause = new JsonObject { ["type"] = type, ["reason"] = reason };
            foreach (var (key, value) in metadata ?? new Dictionary<string, string>()) cause[key] = value;
            return cause;
        }
        var error = Cause();
        error.Insert(0, "root_cause", new JsonArray(Cause()));
        return new JsonObject { ["error"] = error, ["status"] = status };
    }

    /// <summary>404 index_not_found_exception for a name that is neither an index nor an alias.</summary>
    public static JsonObject IndexNotFound(string name) => Error(404, "index_not_found_exception", $"no such index [{name}]",
        new Dictionary<string, string>
        {
            ["resource.type"] = "index_or_alias",
            ["resource.id"] = name,
            ["index_uuid"] = "_na_",
            ["index"] = name,
        });

    /// <summary>400 resource_already_exists_exception for creating an index that exists.</summary>
    public static JsonObject IndexExists(string index) => Error(400, "resource_already_exists_exception",
        $"index [{index}/{IndexUuid(index)}] already exists",
        new Dictionary<string, string> { ["index_uuid"] = IndexUuid(index), ["index"] = index });

    /// <summary>A stable, uuid-shaped (22 url-safe base64 characters) index uuid derived from the name.</summary>
    public static string IndexUuid(string index) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(index)))[..22]
            .Replace('+', '-').Replace('/', '_');
}
