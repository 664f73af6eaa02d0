using Matching.Domain.Vacancies;

namespace Matching.Search;

/// <summary>The vacancy side of the search backend.</summary>
public interface IVacancyIndex
{
    /// <summary>Adds or replaces vacancies by id; durable when the task completes.</summary>
    Task UpsertAsync(IReadOnlyCollection<Vacancy> vacancies, CancellationToken cancellationToken = default);

    Task<Vacancy?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Vacancies matching the filters, most recently updated first (ties by id).</summary>
    Task<IReadOnlyList<Vacancy>> SearchAsync(VacancyQuery query, CancellationToken cancellationToken = default);

    Task<long> CountAsync(CancellationToken cancellationToken = default);
}
