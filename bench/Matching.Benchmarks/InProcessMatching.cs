using Matching.Api;
using Matching.Ranking;
using Matching.Search;
using Matching.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matching.Benchmarks;

/// <summary>
/// The matching module's container as the host builds it (same registrations and options), over the benchmark's
/// indexes opened read-only, without a web server: ranking measured in process.
/// </summary>
public sealed class InProcessMatching : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly AsyncServiceScope _scope;

    public InProcessMatching(string dataDirectory, string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = stateDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(HostSettings.Common(dataDirectory, stateDirectory)
            .Append(new("Search:ReadOnlyIndexes", "candidates,vacancies")));
        builder.AddServiceDefaults();
        builder.Services.AddSearchBackend(builder.Configuration);
        builder.AddMatching();
        _host = builder.Build();
        _scope = _host.Services.CreateAsyncScope();
        Ranker = _scope.ServiceProvider.GetRequiredService<CandidateRanker>();
        Index = _scope.ServiceProvider.GetRequiredService<ICandidateIndex>();
    }

    public CandidateRanker Ranker { get; }

    /// <summary>The index the ranker searches (the resilient decorator over Lucene).</summary>
    public ICandidateIndex Index { get; }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        if (_host is IAsyncDisposable disposable) await disposable.DisposeAsync();
        else _host.Dispose();
    }
}
