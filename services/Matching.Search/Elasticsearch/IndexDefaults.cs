using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;

namespace Matching.Search.Elasticsearch;

/// <summary>Settings every physical index of this backend shares.</summary>
internal static class IndexDefaults
{
    public static IndexSettings Settings() => new()
    {
        // One shard: the indexes are small (one region's candidates) and BM25 statistics then cover the whole index,
        // so equal portfolios score exactly alike, as in the embedded Lucene backend.
        NumberOfShards = 1,
        // A replica wherever a second node exists; a single-node cluster stays green.
        AutoExpandReplicas = "0-1",
    };

    /// <summary>The alias a fresh index is created under (null when a reindex adds it later), as the write index.</summary>
    public static IDictionary<Name, Alias>? WriteAlias(string? alias) =>
        alias is null ? null : new Dictionary<Name, Alias> { [alias] = new Alias { IsWriteIndex = true } };
}
