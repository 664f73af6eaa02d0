using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Parties;

namespace Matching.Search.Lucene;

/// <summary>Turns a profile into the Lucene document the candidate filters, text score and sort read.</summary>
internal sealed class CandidateDocumentBuilder(PartyDirectory parties)
{
    public static Term KeyOf(string reference) => new(CandidateFields.Reference, reference);

    public Document Build(CandidateProfile profile)
    {
        var document = new Document
        {
            SourceField.Of(profile),
            new StringField(CandidateFields.Reference, profile.Reference, Field.Store.NO),
            new SortedDocValuesField(CandidateFields.Reference, new BytesRef(profile.Reference)),
            new TextField(CandidateFields.Portfolio, PortfolioText.Of(profile.Portfolio), Field.Store.NO),
            new StringField(CandidateFields.Status, profile.Status.ToString(), Field.Store.NO),
            new StringField(CandidateFields.Owner, profile.MunicipalityCode, Field.Store.NO),
            new StringField(CandidateFields.Consent, profile.Consent.ToString(), Field.Store.NO),
            new Int32Field(CandidateFields.Step, profile.ParticipationStep, Field.Store.NO),
            new Int32Field(CandidateFields.Hours, profile.HoursAvailablePerWeek, Field.Store.NO),
            new DoubleField(CandidateFields.Latitude, profile.Home.Latitude, Field.Store.NO),
            new DoubleDocValuesField(CandidateFields.Latitude, profile.Home.Latitude),
            new DoubleField(CandidateFields.Longitude, profile.Home.Longitude, Field.Store.NO),
            new DoubleDocValuesField(CandidateFields.Longitude, profile.Home.Longitude),
            new NumericDocValuesField(CandidateFields.MaxTravelKm, profile.MaxTravelKm),
        };
        // Consent is decided against the owner's subregion and region as the directory knows them at index time;
        // an unknown owner is visible to itself only.
        if (parties.Find(profile.MunicipalityCode) is { } owner)
        {
            document.Add(new StringField(CandidateFields.OwnerSubregion, owner.Subregion, Field.Store.NO));
            document.Add(new StringField(CandidateFields.OwnerRegion, owner.Region, Field.Store.NO));
        }
        if (CompactProfileField.Of(profile) is { } compact) document.Add(compact);
        foreach (var (code, validUntil) in CertificateCatalogue.Effective(profile.Certificates))
            document.Add(new Int32Field(CandidateFields.CertificateValidUntil(code), validUntil?.DayNumber ?? int.MaxValue, Field.Store.NO));
        if (profile.MaxTravelKm > CandidateQueryBuilder.BoundingBoxRadiusCapKm)
            document.Add(Flag(CandidateFields.TravelsBeyondBox));
        if (profile.Indications.Doelgroepregister) document.Add(Flag(CandidateFields.Doelgroepregister));
        if (profile.Indications.BeschutWerk) document.Add(Flag(CandidateFields.BeschutWerk));
        return document;
    }

    private static StringField Flag(string field) => new(field, CandidateFields.Yes, Field.Store.NO);
}
