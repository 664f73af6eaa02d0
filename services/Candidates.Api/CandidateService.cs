using Matching.Contracts;
using Matching.Domain.Candidates;
using Matching.Domain.Validation;
using Matching.Search;
using Matching.ServiceDefaults.Outbox;

namespace Matching.Candidates;

/// <summary>Registers, updates, withdraws and bulk-imports candidate profiles: validate, then hand profiles and events to the durable write path.</summary>
public sealed class CandidateService(
    ICandidateIndex index, CandidateValidator validator, IndexWrites writes, TimeProvider clock, ILogger<CandidateService> logger)
{
    public const int MaxImportRows = 5000;

    /// <summary>Registers a new profile or replaces an existing one; a reference stays with the municipality that registered it.</summary>
    public async Task<(CandidateProfile Profile, bool Created, WriteOutcome Outcome)> SaveAsync(CandidateInput input, CancellationToken cancellationToken)
    {
        var validated = validator.Validate(input, clock.GetUtcNow());
        if (!validated.IsValid) throw new ValidationFailedException(validated.Errors);
        var profile = validated.Value!;
        var existing = await index.GetAsync(profile.Reference, cancellationToken);
        CheckOwnership(existing, profile, "municipalityCode");
        var change = existing is null ? CandidateChange.Registered : CandidateChange.Updated;
        var outcome = await writes.WriteCandidatesAsync([profile], [Changed(profile, change)], cancellationToken);
        logger.LogInformation("Candidate {CandidateRef} {Change} by {Municipality} ({Outcome})", profile.Reference, change, profile.MunicipalityCode, outcome);
        return (profile, existing is null, outcome);
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
        for (var i = 0; i < rows.Count; i++)
        {
            var validated = validator.Validate(rows[i], now);
            errors.AddRange(validated.Errors.Select(e => e with { Field = $"{rowName(i)}.{e.Field}" }));
            if (validated.Value is not { } profile) continue;
            if (seen.TryGetValue(profile.Reference, out var first))
                errors.Add(new FieldError($"{rowName(i)}.reference", $"'{profile.Reference}' appears twice (also {rowName(first)})."));
            seen.TryAdd(profile.Reference, i);
            profiles.Add(profile);
        }
        var existing = new Dictionary<string, CandidateProfile>(StringComparer.Ordinal);
        foreach (var profile in profiles)
            if (await index.GetAsync(profile.Reference, cancellationToken) is { } stored)
            {
                existing[profile.Reference] = stored;
                if (stored.MunicipalityCode != profile.MunicipalityCode)
                    errors.Add(new FieldError($"{rowName(seen[profile.Reference])}.municipalityCode", OwnershipMessage(stored)));
            }
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var events = profiles.Select(p => Changed(p, existing.ContainsKey(p.Reference) ? CandidateChange.Updated : CandidateChange.Registered));
        var outcome = await writes.WriteCandidatesAsync(profiles, events, cancellationToken);
        logger.LogInformation("Imported {Count} candidate profiles ({New} new, {Outcome})", profiles.Count, profiles.Count - existing.Count, outcome);
        return (profiles.Count, outcome);
    }

    public async Task<(CandidateProfile Profile, WriteOutcome Outcome)?> WithdrawAsync(string reference, CancellationToken cancellationToken)
    {
        var existing = await index.GetAsync(reference, cancellationToken);
        if (existing is null) return null;
        if (existing.Status == CandidateStatus.Withdrawn) return (existing, WriteOutcome.Indexed);
        var withdrawn = existing with { Status = CandidateStatus.Withdrawn, UpdatedAt = clock.GetUtcNow() };
        var outcome = await writes.WriteCandidatesAsync([withdrawn], [Changed(withdrawn, CandidateChange.Withdrawn)], cancellationToken);
        logger.LogInformation("Candidate {CandidateRef} withdrawn ({Outcome})", reference, outcome);
        return (withdrawn, outcome);
    }

    private static CandidateProfileChanged Changed(CandidateProfile profile, CandidateChange change) =>
        new(profile.Reference, profile.MunicipalityCode, change, profile.UpdatedAt);

    private static void CheckOwnership(CandidateProfile? existing, CandidateProfile profile, string field)
    {
        if (existing is not null && existing.MunicipalityCode != profile.MunicipalityCode)
            throw new ValidationFailedException(field, OwnershipMessage(existing));
    }

    private static string OwnershipMessage(CandidateProfile existing) =>
        $"candidate {existing.Reference} belongs to {existing.MunicipalityCode}; only that municipality can change it.";
}
