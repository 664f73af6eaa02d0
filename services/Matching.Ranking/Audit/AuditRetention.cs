using Matching.ServiceDefaults.Storage;

namespace Matching.Ranking.Audit;

/// <summary>The floor under audit retention: the EU AI Act asks six months for the logs of high-risk systems.</summary>
public static class AuditRetention
{
    public const int MinimumMonths = StorageOptions.MinimumAuditRetentionMonths;

    /// <summary>Throws when <paramref name="cutoff"/> would remove entries younger than six months.</summary>
    public static void EnsureAllowed(DateTimeOffset cutoff)
    {
        if (cutoff > DateTimeOffset.UtcNow.AddMonths(-MinimumMonths))
            throw new ArgumentOutOfRangeException(nameof(cutoff), cutoff,
                $"Audit entries are kept at least {MinimumMonths} months; a purge may only remove entries recorded before {DateTimeOffset.UtcNow.AddMonths(-MinimumMonths):O}.");
    }
}
