using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Matching.Search.Lucene;

/// <summary>
/// Home coordinates and maximum travel distance of every document in one segment, decoded from doc values once
/// and kept while the segment lives: the distance check runs on most documents of every geo search, and reading
/// doc values from disk per document costs more than the haversine itself.
/// </summary>
internal sealed class SegmentHomes
{
    // Keyed on the segment core, which survives near-real-time reopens and deletes; dropped with the segment.
    private static readonly ConditionalWeakTable<object, SegmentHomes> Cache = new();

    private SegmentHomes(double[] latitudes, double[] longitudes, int[] maxTravelKm)
    {
        Latitudes = latitudes;
        Longitudes = longitudes;
        MaxTravelKm = maxTravelKm;
    }

    public double[] Latitudes { get; }
    public double[] Longitudes { get; }
    public int[] MaxTravelKm { get; }

    public static SegmentHomes Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentHomes Load(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        var latitudes = new double[count];
        var longitudes = new double[count];
        var maxTravel = new int[count];
        var latitudeValues = reader.GetNumericDocValues(CandidateFields.Latitude);
        var longitudeValues = reader.GetNumericDocValues(CandidateFields.Longitude);
        var maxTravelValues = reader.GetNumericDocValues(CandidateFields.MaxTravelKm);
        if (latitudeValues is null || longitudeValues is null || maxTravelValues is null)
            return new SegmentHomes(latitudes, longitudes, maxTravel);
        for (var doc = 0; doc < count; doc++)
        {
            latitudes[doc] = BitConverter.Int64BitsToDouble(latitudeValues.Get(doc));
            longitudes[doc] = BitConverter.Int64BitsToDouble(longitudeValues.Get(doc));
            maxTravel[doc] = (int)maxTravelValues.Get(doc);
        }
        return new SegmentHomes(latitudes, longitudes, maxTravel);
    }
}
