using System.Text.Json;
using Lucene.Net.Documents;
using Matching.Domain;

namespace Matching.Search.Lucene;

/// <summary>
/// The whole domain record as JSON in one stored field, like Elasticsearch's _source: reads rebuild the record
/// from it, so the indexed fields only need to serve filtering, scoring and sorting.
/// </summary>
internal static class SourceField
{
    public const string Name = "_source";

    public static StoredField Of<T>(T record) => new(Name, JsonSerializer.Serialize(record, DomainJson.Options));

    public static T Read<T>(Document document) =>
        JsonSerializer.Deserialize<T>(document.Get(Name), DomainJson.Options)
        ?? throw new InvalidOperationException($"Stored {typeof(T).Name} source is empty.");
}
