using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Matching.Search.Lucene;

/// <summary>Opens searchers with BM25, so scoring uses the same similarity the writer indexed norms for.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = new BM25Similarity() };
}
