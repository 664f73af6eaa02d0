using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matching.Search;

/// <summary>
/// Opens the indexes when the host starts instead of on the first request: a wrong setting fails at boot, and the
/// embedded index starts warming its profile cache before the first netwerker waits on it.
/// </summary>
public sealed class SearchIndexOpener(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredKeyedService<ICandidateIndex>(SearchServiceCollectionExtensions.EngineKey);
        services.GetRequiredKeyedService<IVacancyIndex>(SearchServiceCollectionExtensions.EngineKey);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
