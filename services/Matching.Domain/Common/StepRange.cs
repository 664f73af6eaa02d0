using System.Text.Json.Serialization;

namespace Matching.Domain.Common;

/// <summary>A range of treden on the participatieladder (1 isolated … 6 paid work), both ends inclusive.</summary>
public readonly record struct StepRange(int Min, int Max)
{
    public const int LowestStep = 1;
    public const int HighestStep = 6;

    public static bool IsStep(int step) => step is >= LowestStep and <= HighestStep;

    [JsonIgnore]
    public bool IsValid => IsStep(Min) && IsStep(Max) && Min <= Max;

    public bool Contains(int step) => step >= Min && step <= Max;

    /// <summary>How many treden <paramref name="step"/> lies outside the range (0 inside).</summary>
    public int DistanceTo(int step) => step < Min ? Min - step : step > Max ? step - Max : 0;

    public override string ToString() => Min == Max ? $"trede {Min}" : $"trede {Min}-{Max}";
}
