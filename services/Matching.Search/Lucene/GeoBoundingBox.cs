using Matching.Domain.Geo;

namespace Matching.Search.Lucene;

/// <summary>
/// A latitude/longitude box that contains every point within a great-circle radius of a centre: a cheap
/// numeric-range prefilter before the exact haversine check.
/// </summary>
internal readonly record struct GeoBoundingBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)
{
    /// <summary>The radius <see cref="GeoPoint.DistanceKmTo"/> uses.</summary>
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Widens the box by a hair so floating-point rounding never drops a point the exact check would keep.</summary>
    private const double Margin = 1.001;

    public static GeoBoundingBox Around(GeoPoint centre, double radiusKm)
    {
        var angular = Math.Max(0, radiusKm) * Margin / EarthRadiusKm;
        var deltaLatitude = ToDegrees(angular);
        var minLatitude = centre.Latitude - deltaLatitude;
        var maxLatitude = centre.Latitude + deltaLatitude;
        var cosLatitude = Math.Cos(ToRadians(centre.Latitude));
        // Near a pole, or across the antimeridian, every longitude can be in reach.
        if (minLatitude <= -90 || maxLatitude >= 90 || angular >= Math.PI / 2 || Math.Sin(angular) >= cosLatitude)
            return new(Math.Max(minLatitude, -90), Math.Min(maxLatitude, 90), -180, 180);
        var deltaLongitude = ToDegrees(Math.Asin(Math.Sin(angular) / cosLatitude));
        var minLongitude = centre.Longitude - deltaLongitude;
        var maxLongitude = centre.Longitude + deltaLongitude;
        if (minLongitude < -180 || maxLongitude > 180)
            return new(minLatitude, maxLatitude, -180, 180);
        return new(minLatitude, maxLatitude, minLongitude, maxLongitude);
    }

    /// <summary>
    /// The box widened outward to a grid of <paramref name="stepDegrees"/>: every point inside stays inside, and
    /// nearby centres get the same box, so its cached filter serves all of them (the exact distance check follows).
    /// </summary>
    public GeoBoundingBox SnappedOutward(double stepDegrees) => new(
        Math.Max(-90, Math.Floor(MinLatitude / stepDegrees) * stepDegrees),
        Math.Min(90, Math.Ceiling(MaxLatitude / stepDegrees) * stepDegrees),
        Math.Max(-180, Math.Floor(MinLongitude / stepDegrees) * stepDegrees),
        Math.Min(180, Math.Ceiling(MaxLongitude / stepDegrees) * stepDegrees));

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;

    private static double ToDegrees(double radians) => radians * 180 / Math.PI;
}
