namespace Matching.Domain.Certificates;

/// <summary>A certificate or licence the catalogue knows (code, Dutch name, what it implies, how long it is valid).</summary>
/// <param name="Implies">Codes this certificate also covers, e.g. VCA VOL covers VCA Basis.</param>
/// <param name="ValidityYears">Validity from the issue date when no expiry date is given; null when it does not expire.</param>
public sealed record CertificateDefinition(string Code, string DutchName, IReadOnlyList<string> Implies, int? ValidityYears);
