namespace Matching.Domain.Scoring;

/// <summary>
/// What happened before between one candidate and one employer: positive outcomes (interested, invited, placed)
/// and negative ones (not interested, rejected by the employer). Passed in by the caller; the domain keeps no store.
/// </summary>
public sealed record EmployerHistory(int Positive, int Negative)
{
    /// <summary>The value when nothing happened before: neither a plus nor a minus.</summary>
    public const double Neutral = 0.5;

    public static EmployerHistory None { get; } = new(0, 0);

    /// <summary>0.5 without history, towards 1 with positive and towards 0 with negative outcomes (one outcome moves it by a quarter).</summary>
    public double Fit => Neutral + 0.5 * (Positive - Negative) / (Positive + Negative + 1.0);
}
