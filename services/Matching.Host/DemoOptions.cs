namespace Matching.Host;

/// <summary>Demo data on first start (section "Demo"): only when Seed is on and the indexes are empty.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; } = true;

    public int Candidates { get; set; } = 300;

    public int Vacancies { get; set; } = 40;

    public int RandomSeed { get; set; } = 2026;
}
