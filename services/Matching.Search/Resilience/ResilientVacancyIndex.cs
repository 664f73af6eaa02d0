using Matching.Domain.Vacancies;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace Matching.Search.Resilience;

/// <summary>The vacancy index behind the search pipelines.</summary>
public sealed class ResilientVacancyIndex(IVacancyIndex engine, ResiliencePipelineProvider<string> pipelines, IOptions<SearchResilienceOptions> options)
    : IVacancyIndex
{
    public Task UpsertAsync(IReadOnlyCollection<Vacancy> vacancies, CancellationToken cancellationToken = default) =>
        pipelines.RunAsync(SearchPipelines.Write, options.Value, async ct =>
        {
            await engine.UpsertAsync(vacancies, ct);
            return true;
        }, cancellationToken);

    public Task<Vacancy?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        pipelines.RunAsync(SearchPipelines.Read, options.Value, ct => engine.GetAsync(id, ct), cancellationToken);

    public Task<IReadOnlyList<Vacancy>> SearchAsync(VacancyQuery query, CancellationToken cancellationToken = default) =>
        pipelines.RunAsync(SearchPipelines.Read, options.Value, ct => engine.SearchAsync(query, ct), cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        pipelines.RunAsync(SearchPipelines.Read, options.Value, ct => engine.CountAsync(ct), cancellationToken);
}
