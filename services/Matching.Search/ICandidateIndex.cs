using Matching.Domain.Candidates;

namespace Matching.Search;

/// <summary>
/// The candidate side of the search backend: the narrow surface ranking needs, shaped as
/// "filters + text query + top-k" so that Lucene (embedded) and Elasticsearch implement it alike.
/// </summary>
public interface ICandidateIndex
{
    /// <summary>Adds or replaces profiles by reference; durable when the task completes.</summary>
    Task UpsertAsync(IReadOnlyCollection<CandidateProfile> profiles, CancellationToken cancellationToken = default);

    Task<CandidateProfile?> GetAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Eligible candidates (all filters hold), best text relevance first, at most <see cref="CandidateQuery.Size"/>.</summary>
    Task<CandidateSearchResult> SearchAsync(CandidateQuery query, CancellationToken cancellationToken = default);

    Task<long> CountAsync(CancellationToken cancellationToken = default);
}
