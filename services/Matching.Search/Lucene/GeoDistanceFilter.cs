using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Matching.Domain.Geo;

namespace Matching.Search.Lucene;

/// <summary>
/// Keeps the documents of a prefilter whose home lies within their own maximum travel distance of the work
/// location, and within an optional extra cap. The prefilter (a bounding box plus the other filters) leads, so the
/// exact haversine runs only on the documents left.
/// </summary>
internal sealed class GeoDistanceFilter(Filter prefilter, GeoPoint workLocation, double? maxDistanceKm) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var candidates = prefilter.GetDocIdSet(context, acceptDocs);
        if (candidates is null) return null;
        var homes = SegmentHomes.Of(context.AtomicReader);
        var cap = maxDistanceKm ?? double.PositiveInfinity;
        return new PredicateDocIdSet(candidates, doc =>
        {
            var distance = new GeoPoint(homes.Latitudes[doc], homes.Longitudes[doc]).DistanceKmTo(workLocation);
            return distance <= homes.MaxTravelKm[doc] && distance <= cap;
        });
    }
}
