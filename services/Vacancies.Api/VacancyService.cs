using System.Text.RegularExpressions;
using MassTransit;
using Matching.Contracts;
using Matching.Domain.Validation;
using Matching.Domain.Vacancies;
using Matching.Search;

namespace Matching.Vacancies;

/// <summary>Registers, updates and closes vacancies: validate, index (durably), then publish the event.</summary>
public sealed partial class VacancyService(
    IVacancyIndex index, VacancyValidator validator, IPublishEndpoint publisher, TimeProvider clock, ILogger<VacancyService> logger)
{
    public Task<Vacancy> RegisterAsync(VacancyInput input, CancellationToken cancellationToken) =>
        SaveAsync("VAC-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), input, cancellationToken);

    /// <summary>Creates the vacancy under <paramref name="id"/> or replaces it; a closed vacancy cannot be reopened this way.</summary>
    public async Task<Vacancy> SaveAsync(string id, VacancyInput input, CancellationToken cancellationToken)
    {
        if (!IdPattern().IsMatch(id))
            throw new ValidationFailedException("id", "must be 3-64 letters, digits, '.', '_' or '-'.");
        var validated = validator.Validate(input, id, clock.GetUtcNow());
        if (!validated.IsValid) throw new ValidationFailedException(validated.Errors);
        var existing = await index.GetAsync(id, cancellationToken);
        if (existing is { Status: not VacancyStatus.Open })
            throw new ValidationFailedException("id", $"vacancy {id} is {existing.Status} and cannot be changed.");
        var vacancy = validated.Value!;
        await index.UpsertAsync([vacancy], cancellationToken);
        await publisher.Publish(new VacancyPublished(vacancy.Id, vacancy.MunicipalityCode, vacancy.UpdatedAt), cancellationToken);
        logger.LogInformation("Vacancy {VacancyId} {Action} by {Municipality}", vacancy.Id, existing is null ? "registered" : "updated", vacancy.MunicipalityCode);
        return vacancy;
    }

    public async Task<Vacancy?> CloseAsync(string id, VacancyStatus status, CancellationToken cancellationToken)
    {
        if (status == VacancyStatus.Open) throw new ValidationFailedException("status", "must be Closed or Filled.");
        var existing = await index.GetAsync(id, cancellationToken);
        if (existing is null) return null;
        if (existing.Status == status) return existing;
        var closed = existing with { Status = status, UpdatedAt = clock.GetUtcNow() };
        await index.UpsertAsync([closed], cancellationToken);
        await publisher.Publish(new VacancyClosed(id, closed.MunicipalityCode, status.ToString(), closed.UpdatedAt), cancellationToken);
        logger.LogInformation("Vacancy {VacancyId} closed as {Status}", id, status);
        return closed;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")]
    private static partial Regex IdPattern();
}
