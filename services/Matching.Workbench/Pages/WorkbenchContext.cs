using Matching.Domain.Candidates;
using Matching.Domain.Parties;
using Matching.Ranking.Audit;
using Matching.ServiceDefaults.Security;
using Matching.Workbench.Security;

namespace Matching.Workbench.Pages;

/// <summary>The signed-in person for one request: who they are, which party they work for, and the audit trail of what they saw.</summary>
public sealed class WorkbenchContext(IHttpContextAccessor http, PartyDirectory parties, IAuditLog audit, TimeProvider clock)
{
    public Caller Caller => Caller.From(http.HttpContext!.User) ?? throw new InvalidOperationException("The workbench pages need a signed-in user.");

    public Party Party => parties.Find(Caller.Party)!;

    public bool Has(string permission) => http.HttpContext!.User.Has(permission);

    /// <summary>Whether the person may see <paramref name="candidate"/> at all (its consent covers their party).</summary>
    public bool MaySee(CandidateProfile candidate) =>
        parties.Find(candidate.MunicipalityCode) is { } owner && candidate.Consent.Covers(owner, Party);

    /// <summary>Whether the person may open the full profile: only its own municipality (or a party acting for it).</summary>
    public bool MayOpen(CandidateProfile candidate) => Caller.MayActFor(candidate.MunicipalityCode);

    /// <summary>Writes who saw which references, so "who saw my profile" includes people using the workbench.</summary>
    public Task AuditAsync(string action, string? vacancyId, string? rankerVersion, IReadOnlyList<string> references, CancellationToken cancellationToken) =>
        references.Count == 0 ? Task.CompletedTask
            : audit.RecordAsync(new AuditEntry(clock.GetUtcNow(), Caller.ClientName, Caller.Party, "werkbank:" + action, vacancyId, rankerVersion, references), cancellationToken);

    public string PartyName(string code) => parties.Find(code)?.Name ?? code;
}
