using Lucene.Net.Search;

namespace Matching.Search.Lucene;

/// <summary>The documents of an inner set that also pass a per-document check, evaluated lazily while iterating.</summary>
internal sealed class PredicateDocIdSet(DocIdSet inner, Func<int, bool> predicate) : FilteredDocIdSet(inner)
{
    protected override bool Match(int docid) => predicate(docid);
}
