using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matching.Domain;

/// <summary>One JSON shape for domain records everywhere they are stored or sent: camelCase, enums by declared name only (no numbers, no combinations).</summary>
public static class DomainJson
{
    public static JsonSerializerOptions Options { get; } = Frozen();

    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new StrictEnumJsonConverter());
        return options;
    }

    private static JsonSerializerOptions Frozen()
    {
        var options = Create();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
