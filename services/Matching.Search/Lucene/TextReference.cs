using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace Matching.Search.Lucene;

/// <summary>
/// The BM25 score the query's own terms reach in a document of average length holding each once: Σ boost × idf. It
/// depends on the query and the whole index, never on which candidates a request may see, so a text score divided
/// by it means the same for every party and pool size (see <see cref="CandidateSearchResult.TextScoreReference"/>).
/// </summary>
internal static class TextReference
{
    public static double Of(IndexReader reader, IReadOnlyList<(Term Term, float Boost)> terms)
    {
        var documents = reader.MaxDoc;
        var reference = 0.0;
        foreach (var (term, boost) in terms)
            reference += boost * Idf(reader.DocFreq(term), documents);
        return reference;
    }

    /// <summary>Lucene's <see cref="BM25Similarity"/> idf: ln(1 + (N − n + 0.5) / (n + 0.5)).</summary>
    public static double Idf(long docFreq, long documents) => Math.Log(1 + (documents - docFreq + 0.5) / (docFreq + 0.5));
}
