using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matching.Search;

/// <summary>
/// Opens the indexes when the host starts instead of on the first request: a wrong setting fails at boot, and the
/// embedded index starts warming its profile cache before the first netwerker waits on it. The ESCO occupation
/// normaliser (a second or so to build its label and compound tables) and the occupations' task likeness load here
/// too, not in the first ranking. The Elasticsearch candidate index starts building documents built with other content
/// again here, in turn with the other replicas (<see cref="IWorkLease"/>; the embedded one does on opening); neither is
/// waited for.
/// </summary>
public sealed class SearchIndexOpener(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var candidates = services.GetRequiredKeyedService<ICandidateIndex>(SearchServiceCollectionExtensions.EngineKey);
        (candidates as Elasticsearch.ElasticsearchCandidateIndex)?.StartRebuild(services.GetService<IWorkLease>());
        services.GetRequiredKeyedService<IVacancyIndex>(SearchServiceCollectionExtensions.EngineKey);
        _ = Matching.Domain.Occupations.OccupationNormaliser.Esco;
        Matching.Domain.Occupations.OccupationCatalogue.Esco.PrepareTaskLikeness();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
