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

    /// <summary>The primary term of the index's one shard: 1, as no primary ever fails over here.</summary>
    public const long PrimaryTerm = 1;

    /// <summary>Set when the mappings say <c>"dynamic": "strict"</c>: a document's unmapped top-level field is refused.</summary>
    public bool Strict { get; set; }

    /// <summary>Top-level fields the mappings declare (with <see cref="Strict"/>, the only ones a document may have).</summary>
    public HashSet<string> MappedFields { get; } = new(StringComparer.Ordinal);

    /// <summary>The mappings as created and put since: properties added, <c>dynamic</c> and <c>_meta</c> replaced.</summary>
    public JsonObject Mappings { get; } = new();

    /// <summary>Takes in a mappings object (of a create or a put-mapping request).</summary>
    public void Map(JsonObject? mappings)
    {
        if (mappings is null) return;
        if (mappings["dynamic"] is JsonValue dynamic) Strict = dynamic.ToString() == "strict";
        foreach (var (key, value) in mappings)
        {
            if (key != "properties") Mappings[key] = value?.DeepClone();
            else
            {
                if (Mappings["properties"] is not JsonObject properties) Mappings["properties"] = properties = new JsonObject();
                foreach (var (field, definition) in value!.AsObject())
                {
                    MappedFields.Add(field);
                    properties[field] = definition?.DeepClone();
                }
            }
        }
    }

    /// <summary>The first top-level field of <paramref name="document"/> a strict mapping does not declare; null when none.</summary>
    public string? UnmappedField(JsonObject document) =>
        Strict ? document.Select(p => p.Key).FirstOrDefault(field => !MappedFields.Contains(field)) : null;

    public StoredDocument? Find(string id) => Documents.GetValueOrDefault(id);

    public StoredDocument Put(string id, JsonObject source)
    {
        var version = (Find(id)?.Version ?? 0) + 1;
        return Documents[id] = new StoredDocument(source.DeepClone().AsObject(), version, ++_seqNo);
    }
}

/// <summary>A stored document as indexed, with the version and sequence number the node gave it.</summary>
internal sealed record StoredDocument(JsonObject Source, long Version, long SeqNo);
