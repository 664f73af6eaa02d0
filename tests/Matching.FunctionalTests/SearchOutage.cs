using Matching.Domain.Candidates;
using Matching.Domain.Vacancies;
using Matching.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.FunctionalTests;

/// <summary>
/// Simulates the search engine going away: wraps the real (Lucene) engine registrations, below the resilience
/// decorators, and makes every call fail or hang while the outage lasts. Everything above it runs as in production.
/// </summary>
public sealed class SearchOutage
{
    public enum Mode { None, Failing, Hanging }

    public Mode Current { get; set; }

    /// <summary>References whose documents the engine rejects (as Elasticsearch rejects a document its mapping refuses): a poison write.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, bool> Rejected { get; } = new();

    public void CheckAccepted(IEnumerable<string> references)
    {
        if (references.FirstOrDefault(Rejected.ContainsKey) is { } rejected)
            throw new ArgumentException($"Simulated rejection: the engine refuses the document of {rejected}.");
    }

    public async Task Check(CancellationToken cancellationToken)
    {
        switch (Current)
        {
            case Mode.Failing: throw new IOException("Simulated outage: the search engine does not answer.");
            case Mode.Hanging: await Task.Delay(Timeout.Infinite, cancellationToken); break;
        }
    }

    public static void InstallBelowResilience(IServiceCollection services, SearchOutage outage)
    {
        Wrap<ICandidateIndex>(services, inner => new Candidates(inner, outage));
        Wrap<IVacancyIndex>(services, inner => new Vacancies(inner, outage));
    }

    private static void Wrap<T>(IServiceCollection services, Func<T, T> wrap) where T : class
    {
        var engine = services.Single(d => d.ServiceType == typeof(T) && d.IsKeyedService && Equals(d.ServiceKey, SearchServiceCollectionExtensions.EngineKey));
        services.Remove(engine);
        services.AddKeyedSingleton<T>(SearchServiceCollectionExtensions.EngineKey,
            (provider, key) => wrap((T)engine.KeyedImplementationFactory!(provider, key)));
    }

    private sealed class Candidates(ICandidateIndex inner, SearchOutage outage) : ICandidateIndex, IDisposable
    {
        // The container disposes the wrapper only; the engine underneath holds the index's write lock.
        public void Dispose() => (inner as IDisposable)?.Dispose();

        public async Task UpsertAsync(IReadOnlyCollection<CandidateProfile> profiles, CancellationToken ct = default) { await outage.Check(ct); outage.CheckAccepted(profiles.Select(p => p.Reference)); await inner.UpsertAsync(profiles, ct); }
        public async Task<CandidateProfile?> GetAsync(string reference, CancellationToken ct = default) { await outage.Check(ct); return await inner.GetAsync(reference, ct); }
        public async Task<CandidateSearchResult> SearchAsync(CandidateQuery query, CancellationToken ct = default) { await outage.Check(ct); return await inner.SearchAsync(query, ct); }
        public async Task<long> CountAsync(CancellationToken ct = default) { await outage.Check(ct); return await inner.CountAsync(ct); }
    }

    private sealed class Vacancies(IVacancyIndex inner, SearchOutage outage) : IVacancyIndex, IDisposable
    {
        public void Dispose() => (inner as IDisposable)?.Dispose();

        public async Task UpsertAsync(IReadOnlyCollection<Vacancy> vacancies, CancellationToken ct = default) { await outage.Check(ct); await inner.UpsertAsync(vacancies, ct); }
        public async Task<Vacancy?> GetAsync(string id, CancellationToken ct = default) { await outage.Check(ct); return await inner.GetAsync(id, ct); }
        public async Task<IReadOnlyList<Vacancy>> SearchAsync(VacancyQuery query, CancellationToken ct = default) { await outage.Check(ct); return await inner.SearchAsync(query, ct); }
        public async Task<long> CountAsync(CancellationToken ct = default) { await outage.Check(ct); return await inner.CountAsync(ct); }
    }
}
