using Matching.Contracts;
using Matching.Domain.Candidates;
using Matching.Domain.Validation;
using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Ownership;

namespace Matching.Candidates;

/// <summary>Registers, updates, withdraws and bulk-imports candidate profiles: validate, then hand profiles and events to the durable write path.</summary>
public sealed class CandidateService(
    ReferenceRegistry registry, CandidateValidator validator, IndexWrites writes, TimeProvider clock, ILogger<CandidateService> logger)
{
    public const int MaxImportRows = 5000;

    /// <summary>
    /// Registers a new profile or replaces an existing one. A reference stays with the municipality that registered it
    /// (the registry decides, also while the engine is away): another municipality's write throws
    /// <see cref="OwnershipConflictException"/> and stores nothing. With <paramref name="expectedVersion"/> (the version the
    /// writer read) another write in between throws <see cref="VersionConflictException"/> and stores nothing.
    /// </summary>
    public async Task<(CandidateProfile Profile, bool Created, WriteOutcome Outcome, long Version)> SaveAsync(CandidateInput input,
        CancellationToken cancellationToken, long? expectedVersion = null)
    {
        var validated = validator.Validate(input, clock.GetUtcNow());
        if (!validated.IsValid) throw new ValidationFailedException(validated.Errors);
        var profile = validated.Value!;
        var written = await writes.WriteCandidatesAsync([profile], Changes([profile]), cancellationToken, expectedVersion);
        var created = written.Registered.Contains(profile.Reference);
        logger.LogInformation("Candidate {CandidateRef} {Change} by {Municipality} ({Outcome})",
            profile.Reference, created ? CandidateChange.Registered : CandidateChange.Updated, profile.MunicipalityCode, written.Outcome);
        return (profile, created, written.Outcome, written.Versions[profile.Reference]);
    }

    /// <summary>
    /// Imports many profiles at once, all or nothing: every row is validated first and one bad row rejects the file
    /// (with every error, by row and field), so a half-imported file never leaves the index in an unknown state.
    /// </summary>
    public async Task<(int Count, WriteOutcome Outcome)> ImportAsync(IReadOnlyList<CandidateInput> rows, Func<int, string> rowName, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) throw new ValidationFailedException("rows", "the file holds no candidates.");
        if (rows.Count > MaxImportRows) throw new ValidationFailedException("rows", $"has {rows.Count} candidates; at most {MaxImportRows} per import.");
        var now = clock.GetUtcNow();
        var errors = new List<FieldError>();
        var profiles = new List<CandidateProfile>(rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var expected = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var validated = validator.Validate(rows[i], now);
            errors.AddRange(validated.Errors.Select(e => e with { Field = $"{rowName(i)}.{e.Field}" }));
            if (validated.Value is not { } profile) continue;
            if (seen.TryGetValue(profile.Reference, out var first))
                errors.Add(new FieldError($"{rowName(i)}.reference", $"'{profile.Reference}' appears twice (also {rowName(first)})."));
            seen.TryAdd(profile.Reference, i);
            profiles.Add(profile);
            if (rows[i].ExpectedVersion is { } version) expected[profile.Reference] = version;
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        // Another municipality's reference in the file makes the write throw OwnershipConflictException, a row whose
        // expectedVersion no longer holds VersionConflictException: either way nothing is stored.
        var written = await writes.WriteCandidatesAsync(profiles, Changes(profiles), cancellationToken, expectedVersions: expected);
        logger.LogInformation("Imported {Count} candidate profiles ({New} new, {Outcome})", profiles.Count, written.Registered.Count, written.Outcome);
        return (profiles.Count, written.Outcome);
    }

    /// <summary>
    /// Withdraws a candidate <paramref name="owner"/> owns (the registry said so). Reads nothing from the index: the
    /// drainer sets the status on the stored profile when it applies the write, so it is queued while the engine is away.
    /// With <paramref name="expectedVersion"/> another write in between throws <see cref="VersionConflictException"/>.
    /// </summary>
    /// <returns>The write's outcome and the version it gave the profile (for an ETag); withdrawing again writes nothing and returns the current version.</returns>
    public async Task<(WriteOutcome Outcome, long? Version)> WithdrawAsync(string reference, string owner, CancellationToken cancellationToken, long? expectedVersion = null)
    {
        if (await registry.StatusOfAsync(ReferenceKind.Candidate, reference, cancellationToken) == nameof(CandidateStatus.Withdrawn))
            return (WriteOutcome.Indexed, (await registry.VersionOfAsync(ReferenceKind.Candidate, reference, cancellationToken))?.Current);
        var now = clock.GetUtcNow();
        var written = await writes.SetStatusAsync(ReferenceKind.Candidate, reference, owner, nameof(CandidateStatus.Withdrawn), now,
            [new CandidateProfileChanged(reference, owner, CandidateChange.Withdrawn, now)], cancellationToken, expectedVersion);
        logger.LogInformation("Candidate {CandidateRef} withdrawn ({Outcome})", reference, written.Outcome);
        return (written.Outcome, written.Versions.GetValueOrDefault(reference));
    }

    /// <summary>Registered for the references the write claimed first, Updated for the others.</summary>
    private static Func<IReadOnlySet<string>, IEnumerable<object>> Changes(IReadOnlyCollection<CandidateProfile> profiles) => registered =>
        profiles.Select(p => Changed(p, registered.Contains(p.Reference) ? CandidateChange.Registered : CandidateChange.Updated));

    private static CandidateProfileChanged Changed(CandidateProfile profile, CandidateChange change) =>
        new(profile.Reference, profile.MunicipalityCode, change, profile.UpdatedAt);
}
