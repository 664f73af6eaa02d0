using Matching.Domain.Parties;

namespace Matching.Domain.Candidates;

/// <summary>With whom the candidate agreed their profile may be matched (AVG: sharing only with consent).</summary>
public enum ConsentScope
{
    /// <summary>Only the owning municipality.</summary>
    OwnMunicipality,
    /// <summary>The owning municipality and the partners of its subregion (e.g. Dalfsen, Ommen, Hardenberg, Raalte, UWV).</summary>
    Subregion,
    /// <summary>Every partner of the labour-market region.</summary>
    Region,
}

public static class ConsentScopeExtensions
{
    /// <summary>True when a candidate owned by <paramref name="owner"/> with this consent may be shown to <paramref name="requester"/>.</summary>
    public static bool Covers(this ConsentScope scope, Party owner, Party requester) => scope switch
    {
        _ when owner.Code == requester.Code => true,
        ConsentScope.Subregion => owner.Subregion == requester.Subregion && owner.Region == requester.Region,
        ConsentScope.Region => owner.Region == requester.Region,
        _ => false,
    };
}
