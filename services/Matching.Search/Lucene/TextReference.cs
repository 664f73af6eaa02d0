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
        var docFreqs = DocFreqs(reader, terms);
        for (var i = 0; i < terms.Count; i++)
            reference += terms[i].Boost * Idf(docFreqs[i], documents);
        return reference;
    }

    /// <summary>Each term's document frequency in the whole index (as <see cref="IndexReader.DocFreq"/>), one terms enumerator per segment and field.</summary>
    private static long[] DocFreqs(IndexReader reader, IReadOnlyList<(Term Term, float Boost)> terms)
    {
        var docFreqs = new long[terms.Count];
        foreach (var leaf in reader.Leaves)
        {
            string? field = null;
            TermsEnum? enumerator = null;
            for (var i = 0; i < terms.Count; i++)
            {
                var term = terms[i].Term;
                if (!string.Equals(term.Field, field, StringComparison.Ordinal))
                {
                    field = term.Field;
                    enumerator = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                }
                if (enumerator is not null && enumerator.SeekExact(term.Bytes)) docFreqs[i] += enumerator.DocFreq;
            }
        }
        return docFreqs;
    }

    /// <summary>Lucene's <see cref="BM25Similarity"/> idf: ln(1 + (N − n + 0.5) / (n + 0.5)).</summary>
    public static double Idf(long docFreq, long documents) => Math.Log(1 + (documents - docFreq + 0.5) / (docFreq + 0.5));
}
