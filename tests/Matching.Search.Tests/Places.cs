using Matching.Domain.Geo;

namespace Matching.Search.Tests;

/// <summary>Real PC4 areas (centroids from the embedded gazetteer) the fixtures live in.</summary>
public static class Places
{
    public const string Dalfsen = "7721";
    public const string Ommen = "7731";
    public const string Hardenberg = "7771";
    public const string Raalte = "8101";
    public const string Zwolle = "8011";
    /// <summary>About 200 km from Dalfsen: beyond any validated travel distance.</summary>
    public const string Maastricht = "6211";

    public static GeoPoint Centroid(string pc4) =>
        (PostcodeGazetteer.Netherlands.Find(pc4) ?? throw new InvalidOperationException($"PC4 {pc4} is not in the gazetteer.")).Centroid;

    public static double DistanceKm(string fromPc4, string toPc4) => Centroid(fromPc4).DistanceKmTo(Centroid(toPc4));
}
