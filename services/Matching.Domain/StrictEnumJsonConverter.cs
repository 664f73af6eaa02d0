using System.Text.Json;
using System.Text.Json.Serialization;
using Matching.Domain.Validation;

namespace Matching.Domain;

/// <summary>
/// Enums in JSON by declared name only: a number, a numeric string ("+2") or a combination ("OwnMunicipality,Region")
/// is a JSON error naming the path, where <see cref="JsonStringEnumConverter"/> would accept them. Written by name.
/// </summary>
public sealed class StrictEnumJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && StrictEnum.TryParse<TEnum>(reader.GetString()!, out var parsed)) return parsed;
            throw new JsonException($"Expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            StrictEnum.TryParse<TEnum>(reader.GetString()!, out var parsed) ? parsed : throw new JsonException($"Expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.");

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(value.ToString());
    }
}
