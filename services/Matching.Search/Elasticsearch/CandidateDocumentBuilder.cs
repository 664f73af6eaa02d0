using System.Text.Json;
using Matching.Domain;
using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Parties;
using Matching.Search.Lucene;

namespace Matching.Search.Elasticsearch;

/// <summary>Turns a profile into the document the candidate filters, text score and sort read; mirrors the Lucene layout.</summary>
internal sealed class CandidateDocumentBuilder(PartyDirectory parties)
{
    /// <summary>Raise when <see cref="Build"/> (or <see cref="PortfolioText"/>) indexes something else for the same profile.</summary>
    public const int DocumentFormat = 1;

    /// <summary>What every document this builder builds is built with; stored in each (<see cref="CandidateFields.ContentFingerprint"/>).</summary>
    public string ContentFingerprint { get; } = CandidateIndexContent.Fingerprint(parties, DocumentFormat);

    public CandidateDocument Build(CandidateProfile profile)
    {
        // Consent is decided against the owner's subregion and region as the directory knows them at index time;
        // an unknown owner is visible to itself only.
        var owner = parties.Find(profile.MunicipalityCode);
        return new CandidateDocument
        {
            Reference = profile.Reference,
            Portfolio = PortfolioText.Of(profile.Portfolio),
            Status = profile.Status.ToString(),
            Owner = profile.MunicipalityCode,
            OwnerSubregion = owner?.Subregion,
            OwnerRegion = owner?.Region,
            Consent = profile.Consent.ToString(),
            Step = profile.ParticipationStep,
            Hours = profile.HoursAvailablePerWeek,
            Home = GeoPointDocument.Of(profile.Home),
            MaxTravelKm = profile.MaxTravelKm,
            TravelsBeyondPrefilter = profile.MaxTravelKm > CandidateSearchRequestBuilder.PrefilterRadiusCapKm,
            Doelgroepregister = profile.Indications.Doelgroepregister,
            BeschutWerk = profile.Indications.BeschutWerk,
            CertificateValidUntil = CertificateValidUntil(profile),
            Profile = JsonSerializer.SerializeToElement(profile, DomainJson.Options),
            ContentFingerprint = ContentFingerprint,
        };
    }

    /// <summary>
    /// Day number each effectively held certificate is valid until, int.MaxValue when it never expires. Only catalogue
    /// codes have a mapped field (the validator admits no others); a required unknown code then matches nobody.
    /// </summary>
    private static Dictionary<string, int> CertificateValidUntil(CandidateProfile profile) =>
        CertificateCatalogue.Effective(profile.Certificates)
            .Where(c => CertificateCatalogue.IsKnown(c.Key))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => c.Value?.DayNumber ?? int.MaxValue, StringComparer.Ordinal);
}
