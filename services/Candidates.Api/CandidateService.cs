using MassTransit;
using Matching.Contracts;
using Matching.Domain.Candidates;
using Matching.Domain.Validation;
using Matching.Search;

namespace Matching.Candidates;

/// <summary>Registers, updates, withdraws and bulk-imports candidate profiles: validate, index durably, publish.</summary>
public sealed class CandidateService(
    ICandidateIndex index, CandidateValidator validator, IPublishEndpoint publisher, TimeProvider clock, ILogger<CandidateService> logger)
{
    public const int MaxImportRows = 5000;

    /// <summary>Registers a new profile or replaces an existing one; a reference stays with the municipality that registered it.</summary>
    public async Task<(CandidateProfile Profile, bool Created)> SaveAsync(CandidateInput input, CancellationToken cancellationToken)
    {
        var validated = validator.Validate(input, clock.GetUtcNow());
        if (!validated.IsValid) throw new ValidationFailedException(validated.Errors);
        var profile = validated.Value!;
        var existing = await index.GetAsync(profile.Reference, cancellationToken);
        CheckOwnership(existing, profile, "municipalityCode");
        await index.UpsertAsync([profile], cancellationToken);
        var change = existing is null ? CandidateChange.Registered : CandidateChange.Updated;
        await PublishAsync(profile, change, cancellationToken);
        logger.LogInformation("Candidate {CandidateRef} {Change} by {Municipality}", profile.Reference, change, profile.MunicipalityCode);
        return (profile, existing is null);
    }

    /// <summary>
    /// Imports many profiles at once, all or nothing: every row is validated first and one bad row rejects the file
    /// (with every error, by row and field), so a half-imported file never leaves the index in an unknown state.
    /// </summary>
    public async Task<int> ImportAsync(IReadOnlyList<CandidateInput> rows, Func<int, string> rowName, CancellationToken cancellationToken)
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

        await index.UpsertAsync(profiles, cancellationToken);
        foreach (var profile in profiles)
            await PublishAsync(profile, existing.ContainsKey(profile.Reference) ? CandidateChange.Updated : CandidateChange.Registered, cancellationToken);
        logger.LogInformation("Imported {Count} candidate profiles ({New} new)", profiles.Count, profiles.Count - existing.Count);
        return profiles.Count;
    }

    public async Task<CandidateProfile?> WithdrawAsync(string reference, CancellationToken cancellationToken)
    {
        var existing = await index.GetAsync(reference, cancellationToken);
        if (existing is null) return null;
        if (existing.Status == CandidateStatus.Withdrawn) return existing;
        var withdrawn = existing with { Status = CandidateStatus.Withdrawn, UpdatedAt = clock.GetUtcNow() };
        await index.UpsertAsync([withdrawn], cancellationToken);
        await PublishAsync(withdrawn, CandidateChange.Withdrawn, cancellationToken);
        logger.LogInformation("Candidate {CandidateRef} withdrawn", reference);
        return withdrawn;
    }

    private Task PublishAsync(CandidateProfile profile, CandidateChange change, CancellationToken cancellationToken) =>
        publisher.Publish(new CandidateProfileChanged(profile.Reference, profile.MunicipalityCode, change, profile.UpdatedAt), cancellationToken);

    private static void CheckOwnership(CandidateProfile? existing, CandidateProfile profile, string field)
    {
        if (existing is not null && existing.MunicipalityCode != profile.MunicipalityCode)
            throw new ValidationFailedException(field, OwnershipMessage(existing));
    }

    private static string OwnershipMessage(CandidateProfile existing) =>
        $"candidate {existing.Reference} belongs to {existing.MunicipalityCode}; only that municipality can change it.";
}
