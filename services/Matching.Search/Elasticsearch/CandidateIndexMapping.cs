using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;
using Matching.Domain.Certificates;

namespace Matching.Search.Elasticsearch;

/// <summary>Settings and explicit mappings of a physical candidate index.</summary>
public static class CandidateIndexMapping
{
    public static CreateIndexRequest CreateRequest(string physicalIndex, string? alias) =>
        new(physicalIndex)
        {
            Settings = WithPortfolioAnalysis(IndexDefaults.Settings()),
            Mappings = Mappings(),
            Aliases = IndexDefaults.WriteAlias(alias),
        };

    private static IndexSettings WithPortfolioAnalysis(IndexSettings settings)
    {
        settings.Analysis = PortfolioAnalysis.Settings();
        return settings;
    }

    /// <summary>The <c>_meta</c> key of the portfolio analysis fingerprint (<see cref="PortfolioAnalysis.Fingerprint"/>).</summary>
    public const string AnalysisMetaKey = "analysis";

    public static TypeMapping Mappings() => new()
    {
        // A field the builder does not know about is a bug, not data to guess a type for.
        Dynamic = DynamicMapping.Strict,
        // Which analysis the index was created with; never put on an existing index, whose analysis stays as it was.
        Meta = new Dictionary<string, object> { [AnalysisMetaKey] = PortfolioAnalysis.Fingerprint },
        Properties = new Properties
        {
            { CandidateFields.Reference, new KeywordProperty() },
            { CandidateFields.Portfolio, new TextProperty { Analyzer = PortfolioAnalysis.Analyzer } },
            { CandidateFields.Status, new KeywordProperty() },
            { CandidateFields.Owner, new KeywordProperty() },
            { CandidateFields.OwnerSubregion, new KeywordProperty() },
            { CandidateFields.OwnerRegion, new KeywordProperty() },
            { CandidateFields.Consent, new KeywordProperty() },
            { CandidateFields.Step, new IntegerNumberProperty() },
            { CandidateFields.Hours, new IntegerNumberProperty() },
            { CandidateFields.Home, new GeoPointProperty() },
            { CandidateFields.MaxTravelKm, new IntegerNumberProperty() },
            { CandidateFields.TravelsBeyondPrefilter, new BooleanProperty() },
            { CandidateFields.Doelgroepregister, new BooleanProperty() },
            { CandidateFields.BeschutWerk, new BooleanProperty() },
            { CandidateFields.CertificateValidUntil, new ObjectProperty { Properties = CertificateProperties() } },
            // Kept in _source for reads; never searched, so not parsed into fields at all.
            { CandidateFields.Profile, new ObjectProperty { Enabled = false } },
            { CandidateFields.ContentFingerprint, new KeywordProperty() },
        },
    };

    /// <summary>
    /// The fields this code's documents carry that an index of the same version, created by earlier code, may lack:
    /// added to an existing index's mappings (adding a field is allowed in place, changing one is not), so that its
    /// strict mapping accepts the documents this code writes.
    /// </summary>
    public static PutMappingRequest AddedFields(string index) => new(index)
    {
        Properties = new Properties
        {
            { CandidateFields.ContentFingerprint, new KeywordProperty() },
        },
    };

    private static Properties CertificateProperties()
    {
        var properties = new Properties();
        foreach (var code in CertificateCatalogue.All.Select(c => c.Code).Order(StringComparer.Ordinal))
            properties.Add(code, new IntegerNumberProperty());
        return properties;
    }
}
