namespace Matching.Learning.Fairness;

/// <summary>The REST body of PUT /api/monitoring/{candidateRef}.</summary>
public sealed record MonitoringInput(int? BirthYear, string? Gender, bool? Statushouder);
