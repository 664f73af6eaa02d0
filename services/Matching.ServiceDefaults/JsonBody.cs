using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Matching.ServiceDefaults;

/// <summary>
/// A stored record as a response body written with the API's own JSON options, for an endpoint to add what the record
/// does not hold (e.g. the occupation the matching reads it as), each added property named as the options name it.
/// </summary>
public sealed class JsonBody
{
    private readonly JsonSerializerOptions _options;

    private JsonBody(JsonObject json, JsonSerializerOptions options)
    {
        Json = json;
        _options = options;
    }

    public JsonObject Json { get; }

    public static JsonBody Of<T>(T value, HttpRequest request)
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return new JsonBody(JsonSerializer.SerializeToNode(value, options)!.AsObject(), options);
    }

    /// <summary>A C# property name ("WorkExperience") as the body spells it ("workExperience").</summary>
    public string Name(string property) => _options.PropertyNamingPolicy?.ConvertName(property) ?? property;

    /// <summary>Sets <paramref name="property"/> on <paramref name="target"/> to <paramref name="value"/> as the options write it.</summary>
    public void Add<T>(JsonObject target, string property, T value) => target[Name(property)] = JsonSerializer.SerializeToNode(value, _options);
}
