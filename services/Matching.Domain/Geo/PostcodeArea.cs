namespace Matching.Domain.Geo;

/// <summary>A 4-digit postcode area (PC4) with its centroid and municipality (gemeente).</summary>
public sealed record PostcodeArea(string Pc4, string Place, string MunicipalityName, string MunicipalityCode, GeoPoint Centroid);
