using Matching.Domain.Candidates;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;
using Matching.Search;
using Matching.Search.Elasticsearch;
using Matching.Search.Testing.Elasticsearch;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.FunctionalTests;

/// <summary>
/// Takes the search engine away the way an Elasticsearch cluster goes away. Below the resilience decorators, while an
/// outage lasts, every index call goes to the Elasticsearch backend, whose real client talks to an
/// <see cref="ElasticsearchTestTransport"/> failing as chosen: a refused connection, 429, 503, or no answer at all. The
/// layers above therefore see exactly the failures the Elasticsearch backend raises. Without an outage the host's own
/// engine (Lucene in a temporary folder) answers, and what was written meanwhile is applied to it once it is back.
/// </summary>
public sealed class SearchOutage
{
    public enum Mode { None, Refused, TooManyRequests, Unavailable, NoAnswer }

    private readonly ElasticsearchTestTransport _cluster = new();
    private Mode _current;

    public Mode Current
    {
        get => _current;
        set
        {
            _current = value;
            if (value == Mode.None) _cluster.Recover();
            else _cluster.Fail(value switch
            {
                Mode.Refused => TransportFailure.Refused,
                Mode.TooManyRequests => TransportFailure.TooManyRequests,
                Mode.Unavailable => TransportFailure.Unavailable,
                _ => TransportFailure.NoAnswer,
            });
        }
    }

    /// <summary>References whose documents the engine rejects (as Elasticsearch rejects a document its mapping refuses): a poison write.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, bool> Rejected { get; } = new();

    private void CheckAccepted(IEnumerable<string> references)
    {
        if (references.FirstOrDefault(Rejected.ContainsKey) is { } rejected)
            throw new ArgumentException($"Simulated rejection: the engine refuses the document of {rejected}.");
    }

    /// <summary>Requests the failing cluster received: proof that an outage went through the Elasticsearch backend.</summary>
    public IReadOnlyList<RecordedRequest> RequestsDuringOutages => _cluster.Requests;

    public static void InstallBelowResilience(IServiceCollection services, SearchOutage outage)
    {
        var client = outage._cluster.CreateClient();
        Wrap<ICandidateIndex>(services, (provider, inner) =>
            new Candidates(inner, outage, new ElasticsearchCandidateIndex(client, "matching", provider.GetRequiredService<PartyDirectory>())));
        Wrap<IVacancyIndex>(services, (_, inner) => new Vacancies(inner, outage, new ElasticsearchVacancyIndex(client, "matching")));
    }

    private static void Wrap<T>(IServiceCollection services, Func<IServiceProvider, T, T> wrap) where T : class
    {
        var engine = services.Single(d => d.ServiceType == typeof(T) && d.IsKeyedService && Equals(d.ServiceKey, SearchServiceCollectionExtensions.EngineKey));
        services.Remove(engine);
        services.AddKeyedSingleton<T>(SearchServiceCollectionExtensions.EngineKey,
            (provider, key) => wrap(provider, (T)engine.KeyedImplementationFactory!(provider, key)));
    }

    private sealed class Candidates(ICandidateIndex engine, SearchOutage outage, ICandidateIndex failing) : ICandidateIndex, IDisposable
    {
        private ICandidateIndex Current => outage.Current == Mode.None ? engine : failing;

        // The container disposes the wrapper only; the engine underneath holds the index's write lock.
        public void Dispose() => (engine as IDisposable)?.Dispose();

        public Task UpsertAsync(IReadOnlyCollection<CandidateProfile> profiles, CancellationToken ct = default)
        {
            outage.CheckAccepted(profiles.Select(p => p.Reference));
            return Current.UpsertAsync(profiles, ct);
        }
        public Task<CandidateProfile?> GetAsync(string reference, CancellationToken ct = default) => Current.GetAsync(reference, ct);
        public Task<CandidateSearchResult> SearchAsync(CandidateQuery query, CancellationToken ct = default) => Current.SearchAsync(query, ct);
        public Task<long> CountAsync(CancellationToken ct = default) => Current.CountAsync(ct);
    }

    private sealed class Vacancies(IVacancyIndex engine, SearchOutage outage, IVacancyIndex failing) : IVacancyIndex, IDisposable
    {
        private IVacancyIndex Current => outage.Current == Mode.None ? engine : failing;

        public void Dispose() => (engine as IDisposable)?.Dispose();

        public Task UpsertAsync(IReadOnlyCollection<Vacancy> vacancies, CancellationToken ct = default) => Current.UpsertAsync(vacancies, ct);
        public Task<Vacancy?> GetAsync(string id, CancellationToken ct = default) => Current.GetAsync(id, ct);
        public Task<IReadOnlyList<Vacancy>> SearchAsync(VacancyQuery query, CancellationToken ct = default) => Current.SearchAsync(query, ct);
        public Task<long> CountAsync(CancellationToken ct = default) => Current.CountAsync(ct);
    }
}
