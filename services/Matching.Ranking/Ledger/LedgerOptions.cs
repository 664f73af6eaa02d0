using System.ComponentModel.DataAnnotations;

namespace Matching.Ranking.Ledger;

/// <summary>Where the matching service keeps its durable ledger (section "Ledger").</summary>
public sealed class LedgerOptions
{
    public const string Section = "Ledger";

    [Required]
    public string Path { get; set; } = "data/matching/ledger.db";
}
