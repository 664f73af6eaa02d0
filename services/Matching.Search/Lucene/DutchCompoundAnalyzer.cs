using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Matching.Domain.Text;

namespace Matching.Search.Lucene;

/// <summary>
/// Dutch analysis with compound splitting: standard tokenizer, lower case, the compound parts next to each word
/// ("heftruckchauffeur" also as heftruck and chauffeur, from <see cref="CompoundDictionary"/>), Dutch stop words,
/// Snowball Dutch stemming. The Elasticsearch mapping declares the same chain (<c>CandidateIndexMapping</c>).
/// </summary>
internal sealed class DutchCompoundAnalyzer : Analyzer
{
    /// <summary>Words shorter than this are not split.</summary>
    public const int MinWordSize = 5;

    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly CharArraySet _compoundParts = new(Version, CompoundDictionary.Dutch.Words.ToArray(), ignoreCase: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new StandardFilter(Version, source);
        result = new LowerCaseFilter(Version, result);
        result = new DictionaryCompoundWordTokenFilter(Version, result, _compoundParts, MinWordSize,
            CompoundDictionary.MinSubwordSize, CompoundDictionary.MaxSubwordSize, onlyLongestMatch: true);
        result = new StopFilter(Version, result, DutchAnalyzer.DefaultStopSet);
        result = new SnowballFilter(result, new global::Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        return new TokenStreamComponents(source, result);
    }
}
