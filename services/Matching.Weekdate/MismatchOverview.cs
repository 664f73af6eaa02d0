using Matching.Domain.Common;

namespace Matching.Weekdate;

/// <summary>Section 4: open vacancies nobody is eligible for, and opportunities vs candidates per branche × trede (the leerlijnen overview).</summary>
/// <param name="CandidatesPerStep">Active visible candidates on trede 1-6 (index 0 is trede 1).</param>
public sealed record MismatchOverview(IReadOnlyList<VacancyLine> WithoutCandidates, IReadOnlyList<MismatchCell> Cells, IReadOnlyList<int> CandidatesPerStep);

/// <summary>
/// One branche × trede cell: open vacancies whose trede range covers the trede, and distinct candidates on that
/// trede eligible for at least one of them.
/// </summary>
public sealed record MismatchCell(Branche Branche, int Step, int Opportunities, int Candidates);
