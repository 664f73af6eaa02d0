using Matching.Domain.Candidates;
using Matching.Search;
using Matching.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matching.FunctionalTests;

/// <summary>
/// An index building its documents again answers all the while: the readiness check stays ready (Degraded maps to 200)
/// and says what it is doing; once done, it is healthy again.
/// </summary>
public sealed class Reporting_an_index_that_works_on_itself
{
    [Fact]
    public async Task Should_report_degraded_with_the_progress_while_the_index_works_on_itself()
    {
        var index = new IndexAtWork { Pending = "analysing 500 of 1200 candidates again" };
        var check = new SearchIndexHealthCheck(new ServiceCollection().AddSingleton<ICandidateIndex>(index).BuildServiceProvider());

        var working = await check.CheckHealthAsync(new HealthCheckContext());
        index.Pending = null;
        var done = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, working.Status);
        Assert.Contains("analysing 500 of 1200 candidates again", working.Description);
        Assert.Equal(1200L, working.Data["candidates"]);
        Assert.Equal(HealthStatus.Healthy, done.Status);
    }

    /// <summary>An index that counts and reports its maintenance; nothing else is asked of it here.</summary>
    private sealed class IndexAtWork : ICandidateIndex, IIndexMaintenance
    {
        public string? Pending { get; set; }

        public Task<long> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(1200L);

        public Task UpsertAsync(IReadOnlyCollection<CandidateProfile> profiles, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<CandidateProfile?> GetAsync(string reference, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<CandidateSearchResult> SearchAsync(CandidateQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
