using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Matching.Search.Lucene;

/// <summary>
/// A candidate search as Lucene runs it: the eligibility filter (every hard condition) and, apart from it, the text
/// disjunction that scores the e-portfolio with BM25 (only documents sharing a word with the vacancy match it; every
/// other eligible document scores 0). <paramref name="TextKey"/> names the text exactly, so equal keys mean equal
/// text queries (see <see cref="TextScoringCache"/>).
/// </summary>
internal sealed record CandidateMatchQuery(
    Query Text,
    EligibilityFilter Eligibility,
    IReadOnlyList<(Term Term, float Boost)> TextTerms,
    string TextKey);
