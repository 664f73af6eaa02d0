using System.Security.Cryptography;
using System.Text;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Transport;
using Elastic.Transport.Extensions;
using Matching.Domain.Text;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// The portfolio's analysis, the same chain as the embedded backend's <c>DutchCompoundAnalyzer</c>: standard
/// tokenizer, lower case, compound parts from <see cref="CompoundDictionary"/> (longest at each position), Dutch stop
/// words, Snowball Dutch stemming.
/// </summary>
internal static class PortfolioAnalysis
{
    public const string Analyzer = "dutch_compound";
    private const string Compounds = "dutch_compound_parts";
    private const string Stop = "dutch_stop";
    private const string Stemmer = "dutch_snowball";

    private static readonly Lazy<string> SettingsFingerprint = new(() =>
    {
        // The JSON the client sends for these settings, so that any change to the chain or the word list changes it.
        var serializer = new ElasticsearchClient(new ElasticsearchClientSettings(new Uri("http://localhost:9200"))).RequestResponseSerializer;
        var json = serializer.SerializeToString(Settings(), SerializationFormatting.None);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16];
    });

    /// <summary>
    /// The settings below as one fingerprint, recorded in the <c>_meta</c> of every physical index this code creates.
    /// Analysis settings are fixed when an index is created, so an index recording another fingerprint keeps splitting
    /// and stemming as the code that created it did, until <see cref="AliasedIndex.ReindexAsync"/> moves it to a new version.
    /// </summary>
    public static string Fingerprint => SettingsFingerprint.Value;

    public static IndexSettingsAnalysis Settings() => new()
    {
        Analyzers = new Analyzers
        {
            { Analyzer, new CustomAnalyzer { Tokenizer = "standard", Filter = ["lowercase", Compounds, Stop, Stemmer] } },
        },
        TokenFilters = new TokenFilters
        {
            { Compounds, new DictionaryDecompounderTokenFilter
                {
                    WordList = [.. CompoundDictionary.Dutch.Words],
                    MinWordSize = 5,
                    MinSubwordSize = CompoundDictionary.MinSubwordSize,
                    MaxSubwordSize = CompoundDictionary.MaxSubwordSize,
                    OnlyLongestMatch = true,
                } },
            { Stop, new StopTokenFilter { Stopwords = StopWordLanguage.Dutch } },
            { Stemmer, new SnowballTokenFilter { Language = SnowballLanguage.Dutch } },
        },
    };
}
