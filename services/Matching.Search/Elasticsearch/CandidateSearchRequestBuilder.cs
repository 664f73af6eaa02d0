using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Matching.Domain.Candidates;
using Matching.Domain.Geo;
using Matching.Domain.Parties;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// Turns a <see cref="CandidateQuery"/> into a search request whose score is the BM25 text relevance alone and whose
/// filter holds every hard condition, with the Lucene backend's semantics. Every eligible candidate matches (score 0
/// without text overlap); hits come best score first, then by reference; the total is counted exactly.
/// </summary>
public static class CandidateSearchRequestBuilder
{
    /// <summary>
    /// The widest reach the geo_distance prefilter assumes: the validator's cap on a candidate's own maximum travel
    /// distance. Candidates indexed with a larger maximum are flagged and bypass the prefilter.
    /// </summary>
    public const double PrefilterRadiusCapKm = CandidateValidator.MaxTravelKmLimit;

    /// <summary>The server's default index.max_result_window: a larger size is refused, not truncated.</summary>
    public const int MaxSize = 10_000;

    /// <summary>Painless: the exact per-candidate check that the work location lies within the candidate's own reach.</summary>
    internal const string WithinOwnTravelDistanceScript =
        "doc['" + CandidateFields.Home + "'].arcDistance(params.lat, params.lon) <= doc['" + CandidateFields.MaxTravelKm + "'].value * 1000.0";

    public static SearchRequest Build(CandidateQuery query, string index) => new(index)
    {
        Query = new BoolQuery
        {
            Filter = Eligibility(query),
            // Only scores: with filter clauses present and no must, minimum_should_match defaults to 0 already;
            // stated so that a candidate without any word in common is visibly still returned.
            Should = PortfolioTextClauses.Of(query.Text) is { Count: > 0 } text ? [.. text] : null,
            MinimumShouldMatch = 0,
        },
        Sort =
        [
            new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } },
            new FieldSort(CandidateFields.Reference) { Order = SortOrder.Asc },
        ],
        Size = Math.Clamp(query.Size, 0, MaxSize),
        TrackTotalHits = true,
        Source = CandidateProfileSource.Filter,
    };

    private static List<Query> Eligibility(CandidateQuery query)
    {
        var filters = new List<Query>
        {
            AnyOf(CandidateFields.Status, query.Statuses.Select(s => s.ToString())),
            VisibleTo(query.VisibleTo),
        };
        foreach (var code in query.RequiredCertificates.Distinct(StringComparer.Ordinal))
            filters.Add(new NumberRangeQuery(CandidateFields.CertificateValidUntilOf(code)) { Gte = query.ValidOn.DayNumber });
        if (query.Steps is { } steps)
            filters.Add(new NumberRangeQuery(CandidateFields.Step) { Gte = steps.Min, Lte = steps.Max });
        if (query.MinHoursAvailable is { } hours)
            filters.Add(new NumberRangeQuery(CandidateFields.Hours) { Gte = hours });
        if (query.MunicipalityCodes.Count > 0)
            filters.Add(AnyOf(CandidateFields.Owner, query.MunicipalityCodes));
        if (query.RequireDoelgroepregister)
            filters.Add(new TermQuery(CandidateFields.Doelgroepregister, true));
        if (query.RequireBeschutWerkIndication)
            filters.Add(new TermQuery(CandidateFields.BeschutWerk, true));
        if (query.WorkLocation is { } workLocation)
            filters.AddRange(Reach(workLocation, query.MaxDistanceKm));
        return filters;
    }

    /// <summary>
    /// Distance filters. With an explicit cap, geo_distance enforces it for everyone. Without one, geo_distance at the
    /// validated maximum travel distance narrows the candidates cheaply, and flagged long-distance travellers bypass
    /// it. The script then keeps only candidates whose own maximum reaches the work location.
    /// </summary>
    private static IEnumerable<Query> Reach(GeoPoint workLocation, double? maxDistanceKm)
    {
        if (maxDistanceKm is { } cap)
            yield return Within(workLocation, cap);
        else
            yield return new BoolQuery
            {
                Should =
                [
                    Within(workLocation, PrefilterRadiusCapKm),
                    new TermQuery(CandidateFields.TravelsBeyondPrefilter, true),
                ],
                MinimumShouldMatch = 1,
            };
        yield return new ScriptQuery(new Script
        {
            Source = WithinOwnTravelDistanceScript,
            Params = new Dictionary<string, object>
            {
                ["lat"] = workLocation.Latitude,
                ["lon"] = workLocation.Longitude,
            },
        });
    }

    // Arc distance (haversine on the mean earth radius, as GeoPoint.DistanceKmTo), not the faster plane approximation.
    private static GeoDistanceQuery Within(GeoPoint centre, double km) => new(
        Math.Max(0, km).ToString("R", CultureInfo.InvariantCulture) + "km",
        CandidateFields.Home,
        new LatLonGeoLocation(centre.Latitude, centre.Longitude))
    {
        DistanceType = GeoDistanceType.Arc,
    };

    /// <summary>The index-side form of <see cref="ConsentScopeExtensions.Covers"/>.</summary>
    private static BoolQuery VisibleTo(Party requester) => new()
    {
        Should =
        [
            new TermQuery(CandidateFields.Owner, requester.Code),
            new BoolQuery
            {
                Filter =
                [
                    new TermQuery(CandidateFields.Consent, nameof(ConsentScope.Subregion)),
                    new TermQuery(CandidateFields.OwnerSubregion, requester.Subregion),
                    new TermQuery(CandidateFields.OwnerRegion, requester.Region),
                ],
            },
            new BoolQuery
            {
                Filter =
                [
                    new TermQuery(CandidateFields.Consent, nameof(ConsentScope.Region)),
                    new TermQuery(CandidateFields.OwnerRegion, requester.Region),
                ],
            },
        ],
        MinimumShouldMatch = 1,
    };

    /// <summary>Any of the values; an empty list matches nothing (an empty "in" set admits no document).</summary>
    internal static Query AnyOf(string field, IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).Select(v => (FieldValue)v).ToArray();
        return distinct.Length == 0 ? new MatchNoneQuery() : new TermsQuery(field, distinct);
    }
}
