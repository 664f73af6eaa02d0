using Matching.Ranking;

namespace Matching.Workbench.Pages;

/// <summary>What one vacancy card of the reverse direction needs: the scored vacancy and who looks.</summary>
public sealed record VacatureKaart(ScoredVacancy Scored, WorkbenchContext Workbench);
