namespace Matching.Search.Elasticsearch;

/// <summary>Field names of the candidate index documents (see <see cref="CandidateDocument"/>).</summary>
internal static class CandidateFields
{
    /// <summary>Keyword: the document id again, as the sort tie-breaker (_id has no doc values to sort on).</summary>
    public const string Reference = "reference";
    /// <summary>Analysed e-portfolio text, scored with BM25 (Elasticsearch's default similarity).</summary>
    public const string Portfolio = "portfolio";
    public const string Status = "status";
    public const string Owner = "owner";
    public const string OwnerSubregion = "ownerSubregion";
    public const string OwnerRegion = "ownerRegion";
    public const string Consent = "consent";
    public const string Step = "step";
    public const string Hours = "hours";
    public const string Home = "home";
    public const string MaxTravelKm = "maxTravelKm";
    /// <summary>Set when the candidate travels farther than the geo_distance prefilter of a search assumes.</summary>
    public const string TravelsBeyondPrefilter = "travelsBeyondPrefilter";
    public const string Doelgroepregister = "doelgroepregister";
    public const string BeschutWerk = "beschutWerk";
    /// <summary>Object with one integer per effectively held certificate: the day number it is valid until.</summary>
    public const string CertificateValidUntil = "certValidUntil";
    /// <summary>The whole profile as domain JSON, kept in _source but not indexed: reads rebuild the record from it.</summary>
    public const string Profile = "profile";
    /// <summary>
    /// Keyword: the fingerprint of the content that built the document (<see cref="Matching.Search.CandidateIndexContent"/>);
    /// a document without it, or with another, is built again from its profile (<see cref="StaleCandidateRebuild"/>).
    /// </summary>
    public const string ContentFingerprint = "contentFingerprint";

    public static string CertificateValidUntilOf(string code) => CertificateValidUntil + "." + code;
}
