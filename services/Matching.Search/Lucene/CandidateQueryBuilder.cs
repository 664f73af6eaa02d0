using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Matching.Domain.Candidates;
using Matching.Domain.Parties;
using Matching.Domain.Text;
using static Matching.Search.Lucene.QueryClauses;

namespace Matching.Search.Lucene;

/// <summary>
/// Turns a <see cref="CandidateQuery"/> into a BM25 text query and a filter holding every hard condition (see
/// <see cref="CandidateMatchQuery"/>): every eligible candidate is a hit, scoring 0 without a word in common.
/// Generic soft-skill words ("betrouwbaar", "flexibel") weigh a tenth of other words; the weighted terms come back
/// too, so the index can score the text against itself (<see cref="CandidateSearchResult.TextScoreReference"/>).
/// </summary>
internal sealed class CandidateQueryBuilder(Analyzer analyzer, FilterClauseCache filterCache)
{
    /// <summary>
    /// The grid the bounding box is widened to (0.05° is 5.6 km north-south, ~3.4 km east-west here): vacancies in the
    /// same town share one cached area set, and the exact distance check after it keeps the result the same.
    /// </summary>
    public const double BoundingBoxGridDegrees = 0.05;

    private static readonly HashSet<string> SoftSkills = new(ProjectVocabulary.SoftSkills, StringComparer.Ordinal);

    /// <summary>
    /// The widest reach the bounding-box prefilter assumes: the validator's cap on a candidate's own maximum
    /// travel distance. Candidates indexed with a larger maximum are flagged and bypass the box.
    /// </summary>
    public const double BoundingBoxRadiusCapKm = CandidateValidator.MaxTravelKmLimit;

    public CandidateMatchQuery Build(CandidateQuery query)
    {
        var terms = TextTerms(query.Text);
        return new CandidateMatchQuery(TextRelevance(terms), Eligibility(query), terms, query.Text);
    }

    /// <summary>
    /// A word repeated in the vacancy text weighs as much as the repeated clauses would; a soft-skill word (as written,
    /// with its compound parts) a tenth. Every weight is above 0, so a document matching any term scores above 0
    /// (BM25's idf is positive).
    /// </summary>
    private List<(Term Term, float Boost)> TextTerms(string text) =>
        AnalyzedTerms.Of(analyzer, CandidateFields.Portfolio, text, WeightOf)
            .Select(t => (new Term(CandidateFields.Portfolio, t.Key), t.Value))
            .ToList();

    private static float WeightOf(string word) => SoftSkills.Contains(word) ? ProjectVocabulary.SoftSkillWeight : 1f;

    /// <summary>The terms' disjunction: matches only documents with a word in common (the others score 0, see <see cref="WindowSearch"/>).</summary>
    private static BooleanQuery TextRelevance(IReadOnlyList<(Term Term, float Boost)> terms)
    {
        var relevance = new BooleanQuery(disableCoord: true);
        foreach (var (term, boost) in terms)
            relevance.Add(new TermQuery(term) { Boost = boost }, Occur.SHOULD);
        return relevance;
    }

    private EligibilityFilter Eligibility(CandidateQuery query)
    {
        // Each key names its clause exactly: equal keys must mean equal matches (see CachedConjunctionFilter).
        var statuses = query.Statuses.Select(s => s.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var requester = query.VisibleTo;
        var filters = new List<(string Key, Query Query)>
        {
            ("status:" + string.Join(',', statuses), AnyOf(CandidateFields.Status, statuses)),
            ($"visible:{requester.Code}|{requester.Subregion}|{requester.Region}", VisibleTo(requester)),
        };
        foreach (var code in query.RequiredCertificates.Distinct(StringComparer.Ordinal))
            filters.Add(($"cert:{code}>={query.ValidOn.DayNumber}", NumericRangeQuery.NewInt32Range(
                CandidateFields.CertificateValidUntil(code), query.ValidOn.DayNumber, null, true, true)));
        if (query.Steps is { } steps)
            filters.Add(($"step:{steps.Min}-{steps.Max}", NumericRangeQuery.NewInt32Range(CandidateFields.Step, steps.Min, steps.Max, true, true)));
        if (query.MinHoursAvailable is { } hours)
            filters.Add(($"hours>={hours}", NumericRangeQuery.NewInt32Range(CandidateFields.Hours, hours, null, true, true)));
        if (query.MunicipalityCodes.Count > 0)
        {
            var owners = query.MunicipalityCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            filters.Add(("owner:" + string.Join(',', owners), AnyOf(CandidateFields.Owner, owners)));
        }
        if (query.RequireDoelgroepregister)
            filters.Add(("doelgroepregister", Is(CandidateFields.Doelgroepregister, CandidateFields.Yes)));
        if (query.RequireBeschutWerkIndication)
            filters.Add(("beschut_werk", Is(CandidateFields.BeschutWerk, CandidateFields.Yes)));
        if (query.WorkLocation is not { } workLocation)
            return new CachedConjunctionFilter(filters, filterCache);

        var radius = Math.Min(query.MaxDistanceKm ?? BoundingBoxRadiusCapKm, BoundingBoxRadiusCapKm);
        var box = GeoBoundingBox.Around(workLocation, radius).SnappedOutward(BoundingBoxGridDegrees);
        filters.Add((string.Create(CultureInfo.InvariantCulture, $"box:{box.MinLatitude:R},{box.MaxLatitude:R},{box.MinLongitude:R},{box.MaxLongitude:R}"),
            new BooleanQuery
            {
                { AllOf(
                    NumericRangeQuery.NewDoubleRange(CandidateFields.Latitude, box.MinLatitude, box.MaxLatitude, true, true),
                    NumericRangeQuery.NewDoubleRange(CandidateFields.Longitude, box.MinLongitude, box.MaxLongitude, true, true)), Occur.SHOULD },
                { Is(CandidateFields.TravelsBeyondBox, CandidateFields.Yes), Occur.SHOULD },
            }));
        return new GeoDistanceFilter(new CachedConjunctionFilter(filters, filterCache), workLocation, query.MaxDistanceKm);
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
