using System.Text.Json.Serialization;
using Matching.Domain.Geo;

namespace Matching.Search.Elasticsearch;

/// <summary>A geo_point in its object form, which cannot be confused with the [lon, lat] array form.</summary>
internal sealed record GeoPointDocument(
    [property: JsonPropertyName("lat")] double Lat,
    [property: JsonPropertyName("lon")] double Lon)
{
    public static GeoPointDocument Of(GeoPoint point) => new(point.Latitude, point.Longitude);
}
