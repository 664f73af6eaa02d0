using Matching.Ranking;

namespace Matching.Workbench.Pages;

/// <summary>What one vacancy card of the reverse direction needs: the scored vacancy, who looks, and the outcome buttons' candidate and return page.</summary>
public sealed record VacatureKaart(ScoredVacancy Scored, WorkbenchContext Workbench, string CandidateRef, bool MayRecord, string ReturnUrl);
