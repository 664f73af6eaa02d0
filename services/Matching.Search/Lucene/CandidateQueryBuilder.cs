using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Matching.Domain.Candidates;
using Matching.Domain.Parties;
using static Matching.Search.Lucene.QueryClauses;

namespace Matching.Search.Lucene;

/// <summary>
/// Turns a <see cref="CandidateQuery"/> into a Lucene query whose score is the BM25 text relevance alone and whose
/// filter holds every hard condition. Every eligible candidate matches (score 0 without text overlap).
/// </summary>
internal sealed class CandidateQueryBuilder(Analyzer analyzer)
{
    /// <summary>
    /// The widest reach the bounding-box prefilter assumes: the validator's cap on a candidate's own maximum
    /// travel distance. Candidates indexed with a larger maximum are flagged and bypass the box.
    /// </summary>
    public const double BoundingBoxRadiusCapKm = CandidateValidator.MaxTravelKmLimit;

    public Query Build(CandidateQuery query) => new FilteredQuery(TextRelevance(query.Text), Eligibility(query));

    private Query TextRelevance(string text)
    {
        var relevance = new BooleanQuery(disableCoord: true);
        foreach (var (term, count) in AnalyzedTerms.Of(analyzer, CandidateFields.Portfolio, text))
            // A word repeated in the vacancy text weighs as much as the repeated clauses would.
            relevance.Add(new TermQuery(new Term(CandidateFields.Portfolio, term)) { Boost = count }, Occur.SHOULD);
        // Matches every document with score 0, so candidates without any word in common are still returned.
        relevance.Add(new MatchAllDocsQuery { Boost = 0 }, Occur.SHOULD);
        return relevance;
    }

    private static Filter Eligibility(CandidateQuery query)
    {
        var filters = new BooleanQuery
        {
            { AnyOf(CandidateFields.Status, query.Statuses.Select(s => s.ToString())), Occur.MUST },
            { VisibleTo(query.VisibleTo), Occur.MUST },
        };
        foreach (var code in query.RequiredCertificates.Distinct(StringComparer.Ordinal))
            filters.Add(NumericRangeQuery.NewInt32Range(
                CandidateFields.CertificateValidUntil(code), query.ValidOn.DayNumber, null, true, true), Occur.MUST);
        if (query.Steps is { } steps)
            filters.Add(NumericRangeQuery.NewInt32Range(CandidateFields.Step, steps.Min, steps.Max, true, true), Occur.MUST);
        if (query.MinHoursAvailable is { } hours)
            filters.Add(NumericRangeQuery.NewInt32Range(CandidateFields.Hours, hours, null, true, true), Occur.MUST);
        if (query.MunicipalityCodes.Count > 0)
            filters.Add(AnyOf(CandidateFields.Owner, query.MunicipalityCodes), Occur.MUST);
        if (query.RequireDoelgroepregister)
            filters.Add(Is(CandidateFields.Doelgroepregister, CandidateFields.Yes), Occur.MUST);
        if (query.RequireBeschutWerkIndication)
            filters.Add(Is(CandidateFields.BeschutWerk, CandidateFields.Yes), Occur.MUST);
        if (query.WorkLocation is not { } workLocation)
            return new QueryWrapperFilter(filters);

        var radius = Math.Min(query.MaxDistanceKm ?? BoundingBoxRadiusCapKm, BoundingBoxRadiusCapKm);
        var box = GeoBoundingBox.Around(workLocation, radius);
        filters.Add(new BooleanQuery
        {
            { AllOf(
                NumericRangeQuery.NewDoubleRange(CandidateFields.Latitude, box.MinLatitude, box.MaxLatitude, true, true),
                NumericRangeQuery.NewDoubleRange(CandidateFields.Longitude, box.MinLongitude, box.MaxLongitude, true, true)), Occur.SHOULD },
            { Is(CandidateFields.TravelsBeyondBox, CandidateFields.Yes), Occur.SHOULD },
        }, Occur.MUST);
        return new GeoDistanceFilter(new QueryWrapperFilter(filters), workLocation, query.MaxDistanceKm);
    }

    /// <summary>The index-side form of <see cref="ConsentScopeExtensions.Covers"/>.</summary>
    private static BooleanQuery VisibleTo(Party requester) => new()
    {
        { Is(CandidateFields.Owner, requester.Code), Occur.SHOULD },
        { AllOf(
            Is(CandidateFields.Consent, nameof(ConsentScope.Subregion)),
            Is(CandidateFields.OwnerSubregion, requester.Subregion),
            Is(CandidateFields.OwnerRegion, requester.Region)), Occur.SHOULD },
        { AllOf(
            Is(CandidateFields.Consent, nameof(ConsentScope.Region)),
            Is(CandidateFields.OwnerRegion, requester.Region)), Occur.SHOULD },
    };
}
