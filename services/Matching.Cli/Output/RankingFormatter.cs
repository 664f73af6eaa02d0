using System.Globalization;
using System.Text;
using Wsp.Matching.V1;

namespace Matching.Cli.Output;

/// <summary>Prints a ranking as an overview table followed by the explanation of each candidate.</summary>
public static class RankingFormatter
{
    private const int BarWidth = 10;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(RankCandidatesResponse response)
    {
        var text = new StringBuilder();
        text.AppendLine($"Vacancy {response.VacancyId}: {response.EligibleCount} eligible candidate{(response.EligibleCount == 1 ? "" : "s")}, showing {response.Candidates.Count}");
        var rankedAt = response.RankedAt is null ? "" : $", ranked at {response.RankedAt.ToDateTime().ToString("yyyy-MM-dd HH:mm:ss", Invariant)} UTC";
        text.AppendLine($"Ranker: {(response.RankerVersion.Length > 0 ? response.RankerVersion : "unknown")}{rankedAt}");
        if (response.VacancyOccupation is { } occupation)
            text.AppendLine($"Occupation (ESCO): {occupation.Label} {occupation.Code} ({occupation.Source}, confidence {occupation.Confidence.ToString("0.00", Invariant)}); send occupationCode to correct it");
        text.AppendLine();
        if (response.Candidates.Count == 0)
        {
            text.AppendLine("No candidate meets every requirement of this vacancy.");
            return text.ToString();
        }
        var rows = response.Candidates.Select(c => new[]
        {
            c.Rank.ToString(Invariant), c.CandidateRef, Places.Municipality(c.MunicipalityCode), c.Score.ToString("0.0", Invariant),
        }).ToArray();
        text.Append(TextTable.Render(["Rank", "Candidate", "Municipality", "Score"], rows, 0, 3));
        foreach (var candidate in response.Candidates)
        {
            text.AppendLine();
            AppendExplanation(text, candidate);
        }
        return text.ToString();
    }

    private static void AppendExplanation(StringBuilder text, RankedCandidate candidate)
    {
        text.AppendLine($"{candidate.Rank}. {candidate.CandidateRef}  score {candidate.Score.ToString("0.0", Invariant)}");
        var explanation = candidate.Explanation;
        if (explanation is null) return;
        if (explanation.Summary.Length > 0) text.AppendLine($"   {explanation.Summary}");
        foreach (var met in explanation.Met) text.AppendLine($"   ✓ {met}");
        foreach (var missing in explanation.Missing) text.AppendLine($"   ✗ {missing}");
        text.AppendLine($"   distance {explanation.DistanceKm.ToString("0.0", Invariant)} km | hours: {Or(explanation.HoursFit)} | step: {Or(explanation.StepFit)}");
        if (explanation.Contributions.Count == 0) return;
        var width = explanation.Contributions.Max(c => c.Factor.Length);
        foreach (var c in explanation.Contributions)
            text.AppendLine($"   {c.Factor.PadRight(width)}  {Bar(c.Value)}  {c.Points.ToString("0.0", Invariant),5}/{c.Weight.ToString("0", Invariant)}  {c.Reason}".TrimEnd());
    }

    /// <summary>The feature value (0-1) as a bar of ten blocks, so strong and weak factors stand out at a glance.</summary>
    public static string Bar(double value)
    {
        var filled = (int)Math.Round(Math.Clamp(value, 0, 1) * BarWidth, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarWidth - filled);
    }

    private static string Or(string value) => value.Length > 0 ? value : "-";
}
