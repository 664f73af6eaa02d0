namespace Matching.Host;

/// <summary>Demo data on first start (section "Demo"): only in demo mode (Enabled), with Seed on and the indexes empty.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Demo mode (<see cref="Matching.ServiceDefaults.DemoMode"/>): off unless set, so a deployment never seeds.</summary>
    public bool Enabled { get; set; }

    public bool Seed { get; set; } = true;

    public int Candidates { get; set; } = 300;

    public int Vacancies { get; set; } = 40;

    public int RandomSeed { get; set; } = 2026;

    /// <summary>
    /// The day the demo data is dated from (certificates issued before it, vacancies starting after it); unset: the day
    /// of seeding, so the data stays as current as the week it was seeded in (and that week's weekdate has content).
    /// </summary>
    public DateOnly? ReferenceDate { get; set; }
}
