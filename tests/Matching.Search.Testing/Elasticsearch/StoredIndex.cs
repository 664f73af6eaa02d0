using System.Text.Json.Nodes;

namespace Matching.Search.Testing.Elasticsearch;

/// <summary>One physical index of <see cref="ElasticsearchTestTransport"/>: its aliases and documents by id.</summary>
internal sealed class StoredIndex(string name)
{
    private long _seqNo = -1;

    public string Name { get; } = name;

    /// <summary>Alias name to is_write_index.</summary>
    public Dictionary<string, bool> Aliases { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, StoredDocument> Documents { get; } = new(StringComparer.Ordinal);

    public StoredDocument? Find(string id) => Documents.GetValueOrDefault(id);

    public StoredDocument Put(string id, JsonObject source)
    {
        var version = (Find(id)?.Version ?? 0) + 1;
        return Documents[id] = new StoredDocument(source.DeepClone().AsObject(), version, ++_seqNo);
    }
}

/// <summary>A stored document as indexed, with the version and sequence number the node gave it.</summary>
internal sealed record StoredDocument(JsonObject Source, long Version, long SeqNo);
