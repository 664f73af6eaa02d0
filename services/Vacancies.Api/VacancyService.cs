using System.Text.RegularExpressions;
using Matching.Contracts;
using Matching.Domain.Validation;
using Matching.Domain.Vacancies;
using Matching.Search;
using Matching.ServiceDefaults.Outbox;

namespace Matching.Vacancies;

/// <summary>Registers, updates and closes vacancies: validate, then hand the vacancy and its event to the durable write path.</summary>
public sealed partial class VacancyService(
    IVacancyIndex index, VacancyValidator validator, IndexWrites writes, TimeProvider clock, ILogger<VacancyService> logger)
{
    /// <summary>Registers a new vacancy under a fresh id. Needs no read of the index, so it is accepted even while the engine is away.</summary>
    public Task<(Vacancy Vacancy, WriteOutcome Outcome)> RegisterAsync(VacancyInput input, CancellationToken cancellationToken) =>
        SaveAsync("VAC-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), input, cancellationToken, isNew: true);

    /// <summary>Creates the vacancy under <paramref name="id"/> or replaces it; a closed vacancy cannot be reopened this way.</summary>
    public async Task<(Vacancy Vacancy, WriteOutcome Outcome)> SaveAsync(string id, VacancyInput input, CancellationToken cancellationToken, bool isNew = false)
    {
        if (!IdPattern().IsMatch(id))
            throw new ValidationFailedException("id", "must be 3-64 letters, digits, '.', '_' or '-'.");
        var validated = validator.Validate(input, id, clock.GetUtcNow());
        if (!validated.IsValid) throw new ValidationFailedException(validated.Errors);
        var existing = isNew ? null : await index.GetAsync(id, cancellationToken);
        if (existing is { Status: not VacancyStatus.Open })
            throw new ValidationFailedException("id", $"vacancy {id} is {existing.Status} and cannot be changed.");
        var vacancy = validated.Value!;
        var outcome = (await writes.WriteVacanciesAsync([vacancy], [new VacancyPublished(vacancy.Id, vacancy.MunicipalityCode, vacancy.UpdatedAt)], cancellationToken)).Outcome;
        logger.LogInformation("Vacancy {VacancyId} {Action} by {Municipality} ({Outcome})", vacancy.Id, existing is null ? "registered" : "updated", vacancy.MunicipalityCode, outcome);
        return (vacancy, outcome);
    }

    public async Task<(Vacancy Vacancy, WriteOutcome Outcome)?> CloseAsync(string id, VacancyStatus status, CancellationToken cancellationToken)
    {
        if (status == VacancyStatus.Open) throw new ValidationFailedException("status", "must be Closed or Filled.");
        var existing = await index.GetAsync(id, cancellationToken);
        if (existing is null) return null;
        if (existing.Status == status) return (existing, WriteOutcome.Indexed);
        var closed = existing with { Status = status, UpdatedAt = clock.GetUtcNow() };
        var outcome = (await writes.WriteVacanciesAsync([closed], [new VacancyClosed(id, closed.MunicipalityCode, status.ToString(), closed.UpdatedAt)], cancellationToken)).Outcome;
        logger.LogInformation("Vacancy {VacancyId} closed as {Status} ({Outcome})", id, status, outcome);
        return (closed, outcome);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")]
    private static partial Regex IdPattern();
}
