using Lucene.Net.Index;
using Lucene.Net.Util;
using Matching.Domain.Geo;

namespace Matching.Search.Lucene;

/// <summary>
/// Keeps the documents of a prefilter whose home lies within their own maximum travel distance of the work
/// location, and within an optional extra cap. The prefilter (a bounding box plus the other filters) comes first, so
/// the exact haversine runs only on the documents left; those out of reach are cleared from its set.
/// </summary>
internal sealed class GeoDistanceFilter(EligibilityFilter prefilter, GeoPoint workLocation, double? maxDistanceKm) : EligibilityFilter
{
    public override FixedBitSet? Eligible(AtomicReaderContext context, IBits? acceptDocs)
    {
        var candidates = prefilter.Eligible(context, acceptDocs);
        if (candidates is null) return null;
        var homes = SegmentHomes.Of(context.AtomicReader);
        var cap = maxDistanceKm ?? double.PositiveInfinity;
        for (var doc = candidates.NextSetBit(0); doc >= 0; doc = doc + 1 < candidates.Length ? candidates.NextSetBit(doc + 1) : -1)
        {
            var distance = new GeoPoint(homes.Latitudes[doc], homes.Longitudes[doc]).DistanceKmTo(workLocation);
            if (!(distance <= homes.MaxTravelKm[doc] && distance <= cap)) candidates.Clear(doc);
        }
        return candidates;
    }
}
