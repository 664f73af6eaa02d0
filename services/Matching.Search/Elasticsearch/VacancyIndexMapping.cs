using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

namespace Matching.Search.Elasticsearch;

/// <summary>Settings and explicit mappings of a physical vacancy index.</summary>
public static class VacancyIndexMapping
{
    public static CreateIndexRequest CreateRequest(string physicalIndex, string? alias) =>
        new(physicalIndex)
        {
            Settings = IndexDefaults.Settings(),
            Mappings = Mappings(),
            Aliases = IndexDefaults.WriteAlias(alias),
        };

    public static TypeMapping Mappings() => new()
    {
        Dynamic = DynamicMapping.Strict,
        Properties = new Properties
        {
            { VacancyFields.Id, new KeywordProperty() },
            { VacancyFields.Status, new KeywordProperty() },
            { VacancyFields.Municipality, new KeywordProperty() },
            { VacancyFields.Branche, new KeywordProperty() },
            { VacancyFields.UpdatedAtTicks, new LongNumberProperty() },
            { VacancyFields.Vacancy, new ObjectProperty { Enabled = false } },
        },
    };
}
