using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;
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
