using Matching.Api;
using Matching.Ranking;
using Matching.Ranking.Audit;
using Matching.Ranking.Publishing;
using Matching.Search;
using Matching.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matching.Benchmarks;

/// <summary>
/// The matching module's container as the host builds it (same registrations and options), over the benchmark's
/// indexes opened read-only, without a web server: ranking measured in process. Its clock is the benchmark's
/// <see cref="SimulatedClock"/>, so a series can rank on later days against the same open index.
/// </summary>
public sealed class InProcessMatching : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly AsyncServiceScope _scope;
    private readonly IAuditLog _audit;
    private readonly MatchPublisher _publisher;

    /// <param name="modelsDirectory">Where a promoted learned model lies (Learning:ModelsDirectory); null: the transparent scorer.</param>
    public InProcessMatching(string dataDirectory, string stateDirectory, string? modelsDirectory = null)
    {
        Directory.CreateDirectory(stateDirectory);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = stateDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(HostSettings.Common(dataDirectory, stateDirectory)
            .Append(new("Search:ReadOnlyIndexes", "candidates,vacancies"))
            .Append(new("Learning:ModelsDirectory", modelsDirectory ?? Path.Combine(stateDirectory, "models"))));
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.AddServiceDefaults();
        builder.Services.AddSearchBackend(builder.Configuration);
        builder.AddMatching();
        _host = builder.Build();
        _scope = _host.Services.CreateAsyncScope();
        Ranker = _scope.ServiceProvider.GetRequiredService<CandidateRanker>();
        Index = _scope.ServiceProvider.GetRequiredService<ICandidateIndex>();
        _audit = _scope.ServiceProvider.GetRequiredService<IAuditLog>();
        _publisher = _scope.ServiceProvider.GetRequiredService<MatchPublisher>();
    }

    public SimulatedClock Clock { get; } = new();

    public CandidateRanker Ranker { get; }

    /// <summary>The index the ranker searches (the resilient decorator over Lucene).</summary>
    public ICandidateIndex Index { get; }

    /// <summary>
    /// Waits until the embedded index has filled its profile cache in the background, so the series measure searches
    /// and not the warm-up competing with them for the cores.
    /// </summary>
    public Task WarmedUp() =>
        _host.Services.GetRequiredKeyedService<ICandidateIndex>(SearchServiceCollectionExtensions.EngineKey) is Matching.Search.Lucene.LuceneCandidateIndex lucene
            ? lucene.WarmUp
            : Task.CompletedTask;

    /// <summary>What MatchingGrpcService.RankCandidates does after validating: rank, audit what was shown, publish the list.</summary>
    public async Task<RankingResult> HandleAsync(RankingRequest request, string client)
    {
        var result = await Ranker.RankAsync(request, CancellationToken.None);
        await _audit.RecordAsync(new AuditEntry(result.RankedAt, client, request.Requester.Code, "rank", result.VacancyId,
            result.RankerVersion, result.Ranked.Select(s => s.Candidate.Reference).ToList()), CancellationToken.None);
        await _publisher.PublishAsync(MatchPublisher.ToEvent(result, request.Requester.Code), result.VacancyId, messageId: null, CancellationToken.None);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        if (_host is IAsyncDisposable disposable) await disposable.DisposeAsync();
        else _host.Dispose();
    }
}
