using System.ComponentModel.DataAnnotations;

namespace Matching.ServiceDefaults.Storage;

/// <summary>Which store keeps the services' durable state, and how long the logs that may be purged are kept (section "Storage").</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>The EU AI Act (art. 19, 26) asks deployers of high-risk systems to keep their logs at least six months.</summary>
    public const int MinimumAuditRetentionMonths = 6;

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Months the ranking log (impressions) is kept; older rankings are purged daily.</summary>
    [Range(1, 1200)]
    public int ImpressionRetentionMonths { get; set; } = 12;

    /// <summary>Months the audit log is kept; null keeps it for good. Never below <see cref="MinimumAuditRetentionMonths"/>.</summary>
    public int? AuditRetentionMonths { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AuditRetentionMonths < MinimumAuditRetentionMonths)
            yield return new ValidationResult(
                $"Storage:AuditRetentionMonths must be at least {MinimumAuditRetentionMonths} (the EU AI Act asks six months for logs of high-risk systems), or unset to keep the audit log for good.",
                [nameof(AuditRetentionMonths)]);
    }
}
