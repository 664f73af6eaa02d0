using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// What the candidate index stores per profile: the fields the filters, text score and sort read, and the profile
/// itself as domain JSON (<see cref="Matching.Domain.DomainJson"/>) in a field the mapping leaves unindexed.
/// </summary>
internal sealed record CandidateDocument
{
    [JsonPropertyName(CandidateFields.Reference)] public required string Reference { get; init; }
    [JsonPropertyName(CandidateFields.Portfolio)] public required string Portfolio { get; init; }
    [JsonPropertyName(CandidateFields.Status)] public required string Status { get; init; }
    [JsonPropertyName(CandidateFields.Owner)] public required string Owner { get; init; }
    [JsonPropertyName(CandidateFields.OwnerSubregion)] public string? OwnerSubregion { get; init; }
    [JsonPropertyName(CandidateFields.OwnerRegion)] public string? OwnerRegion { get; init; }
    [JsonPropertyName(CandidateFields.Consent)] public required string Consent { get; init; }
    [JsonPropertyName(CandidateFields.Step)] public int Step { get; init; }
    [JsonPropertyName(CandidateFields.Hours)] public int Hours { get; init; }
    [JsonPropertyName(CandidateFields.Home)] public required GeoPointDocument Home { get; init; }
    [JsonPropertyName(CandidateFields.MaxTravelKm)] public int MaxTravelKm { get; init; }
    [JsonPropertyName(CandidateFields.TravelsBeyondPrefilter)] public bool TravelsBeyondPrefilter { get; init; }
    [JsonPropertyName(CandidateFields.Doelgroepregister)] public bool Doelgroepregister { get; init; }
    [JsonPropertyName(CandidateFields.BeschutWerk)] public bool BeschutWerk { get; init; }
    [JsonPropertyName(CandidateFields.CertificateValidUntil)] public required IReadOnlyDictionary<string, int> CertificateValidUntil { get; init; }
    [JsonPropertyName(CandidateFields.Profile)] public required JsonElement Profile { get; init; }
    [JsonPropertyName(CandidateFields.ContentFingerprint)] public required string ContentFingerprint { get; init; }
}
