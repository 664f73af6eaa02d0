using System.Text.RegularExpressions;
using Matching.Contracts;
using Matching.Domain.Validation;
using Matching.Domain.Vacancies;
using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Ownership;

namespace Matching.Vacancies;

/// <summary>Registers, updates and closes vacancies: validate, then hand the vacancy and its event to the durable write path.</summary>
public sealed partial class VacancyService(
    ReferenceRegistry registry, VacancyValidator validator, IndexWrites writes, TimeProvider clock, ILogger<VacancyService> logger)
{
    /// <summary>Registers a new vacancy under a fresh id. Needs no read of the index, so it is accepted even while the engine is away.</summary>
    public Task<(Vacancy Vacancy, WriteOutcome Outcome, long Version)> RegisterAsync(VacancyInput input, CancellationToken cancellationToken) =>
        SaveAsync("VAC-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), input, cancellationToken, isNew: true);

    /// <summary>
    /// Creates the vacancy under <paramref name="id"/> or replaces it; a closed vacancy cannot be reopened this way. With
    /// <paramref name="expectedVersion"/> (the version the writer read) another write in between throws
    /// <see cref="VersionConflictException"/> and stores nothing.
    /// </summary>
    public async Task<(Vacancy Vacancy, WriteOutcome Outcome, long Version)> SaveAsync(string id, VacancyInput input, CancellationToken cancellationToken,
        bool isNew = false, long? expectedVersion = null)
    {
        if (!IdPattern().IsMatch(id))
            throw new ValidationFailedException("id", "must be 3-64 letters, digits, '.', '_' or '-'.");
        var validated = validator.Validate(input, id, clock.GetUtcNow());
        if (!validated.IsValid) throw new ValidationFailedException(validated.Errors);
        // The registry knows a closed vacancy (closed through this service, or adopted from the index): no read of the index.
        if (!isNew && await registry.StatusOfAsync(ReferenceKind.Vacancy, id, cancellationToken) is { } status)
            throw new ValidationFailedException("id", $"vacancy {id} is {status} and cannot be changed.");
        var vacancy = validated.Value!;
        var written = await writes.WriteVacanciesAsync([vacancy], [new VacancyPublished(vacancy.Id, vacancy.MunicipalityCode, vacancy.UpdatedAt)], cancellationToken,
            expectedVersion);
        logger.LogInformation("Vacancy {VacancyId} {Action} by {Municipality} ({Outcome})", vacancy.Id,
            written.Registered.Contains(vacancy.Id) ? "registered" : "updated", vacancy.MunicipalityCode, written.Outcome);
        return (vacancy, written.Outcome, written.Versions[vacancy.Id]);
    }

    /// <summary>
    /// Closes a vacancy <paramref name="owner"/> owns (the registry said so) as Closed or Filled. Reads nothing from the
    /// index: the drainer sets the status on the stored vacancy when it applies the write. With
    /// <paramref name="expectedVersion"/> another write in between throws <see cref="VersionConflictException"/>.
    /// </summary>
    /// <returns>The write's outcome and the version it gave the vacancy (for an ETag); closing again writes nothing and returns the current version.</returns>
    public async Task<(WriteOutcome Outcome, long? Version)> CloseAsync(string id, string owner, VacancyStatus status, CancellationToken cancellationToken, long? expectedVersion = null)
    {
        if (status == VacancyStatus.Open) throw new ValidationFailedException("status", "must be Closed or Filled.");
        if (await registry.StatusOfAsync(ReferenceKind.Vacancy, id, cancellationToken) == status.ToString())
            return (WriteOutcome.Indexed, (await registry.VersionOfAsync(ReferenceKind.Vacancy, id, cancellationToken))?.Current);
        var now = clock.GetUtcNow();
        var written = await writes.SetStatusAsync(ReferenceKind.Vacancy, id, owner, status.ToString(), now,
            [new VacancyClosed(id, owner, status.ToString(), now)], cancellationToken, expectedVersion);
        logger.LogInformation("Vacancy {VacancyId} closed as {Status} ({Outcome})", id, status, written.Outcome);
        return (written.Outcome, written.Versions.GetValueOrDefault(id));
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")]
    private static partial Regex IdPattern();
}
