namespace Matching.Search.Lucene;

/// <summary>Field names of the candidate index.</summary>
internal static class CandidateFields
{
    /// <summary>Key (keyword) and sort tie-breaker (sorted doc values).</summary>
    public const string Reference = "reference";
    /// <summary>Analysed e-portfolio text, scored with BM25.</summary>
    public const string Portfolio = "portfolio";
    public const string Status = "status";
    public const string Owner = "owner";
    public const string OwnerSubregion = "owner_subregion";
    public const string OwnerRegion = "owner_region";
    public const string Consent = "consent";
    public const string Step = "step";
    public const string Hours = "hours";
    /// <summary>Indexed for the bounding-box prefilter and as doc values for the exact distance check.</summary>
    public const string Latitude = "home_lat";
    public const string Longitude = "home_lon";
    public const string MaxTravelKm = "max_travel_km";
    /// <summary>Set when the candidate travels farther than the bounding box of a search assumes (see <see cref="CandidateQueryBuilder"/>).</summary>
    public const string TravelsBeyondBox = "travels_beyond_box";
    public const string Doelgroepregister = "doelgroepregister";
    public const string BeschutWerk = "beschut_werk";
    public const string Yes = "true";

    /// <summary>One numeric field per effectively held certificate, holding the day number it is valid until.</summary>
    public static string CertificateValidUntil(string code) => "cert_valid_until." + code;
}
