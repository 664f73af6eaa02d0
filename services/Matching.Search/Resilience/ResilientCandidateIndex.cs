using Matching.Domain.Candidates;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace Matching.Search.Resilience;

/// <summary>The candidate index behind the search pipelines: every call is timed out, retried and guarded by the breaker.</summary>
public sealed class ResilientCandidateIndex(ICandidateIndex engine, ResiliencePipelineProvider<string> pipelines, IOptions<SearchResilienceOptions> options)
    : ICandidateIndex, IIndexMaintenance
{
    public string? Pending => (engine as IIndexMaintenance)?.Pending;

    public Task UpsertAsync(IReadOnlyCollection<CandidateProfile> profiles, CancellationToken cancellationToken = default) =>
        pipelines.RunAsync(SearchPipelines.Write, options.Value, async ct =>
        {
            await engine.UpsertAsync(profiles, ct);
            return true;
        }, cancellationToken);

    public Task<CandidateProfile?> GetAsync(string reference, CancellationToken cancellationToken = default) =>
        pipelines.RunAsync(SearchPipelines.Read, options.Value, ct => engine.GetAsync(reference, ct), cancellationToken);

    public Task<CandidateSearchResult> SearchAsync(CandidateQuery query, CancellationToken cancellationToken = default) =>
        pipelines.RunAsync(SearchPipelines.Read, options.Value, ct => engine.SearchAsync(query, ct), cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        pipelines.RunAsync(SearchPipelines.Read, options.Value, ct => engine.CountAsync(ct), cancellationToken);
}
