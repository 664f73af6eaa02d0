using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;

namespace Matching.Workbench.Pages;

/// <summary>What one candidate card needs: the scored candidate, its vacancy, who looks, and where the outcome buttons return to.</summary>
public sealed record KandidaatKaart(ScoredCandidate Scored, Vacancy Vacancy, WorkbenchContext Workbench, WorkbenchOptions Options, bool MayRecord, string ReturnUrl);

/// <summary>The outcome buttons for one vacancy-candidate pair.</summary>
public sealed record UitkomstKnoppen(string VacancyId, string CandidateRef, string ReturnUrl, bool Closing = false);
