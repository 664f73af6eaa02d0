using Matching.Domain.Parties;
using Matching.Domain.Validation;
using Matching.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;

namespace Matching.ServiceDefaults.Ownership;

/// <summary>
/// The one check every endpoint that takes a candidate reference makes before anything else. A reference that is not
/// canonical is a 400 naming the field (that says nothing about existence); a reference the caller may not act on is
/// the same 404 whether it exists or not. Writes are decided by the reference's namespace (its owner's prefix), so a
/// write key cannot probe another party's references; reads ask the ownership registry.
/// </summary>
public sealed class CandidateAccess(ReferenceRegistry registry, PartyDirectory parties)
{
    /// <summary>What the caller wants to do with the reference.</summary>
    public enum Use
    {
        /// <summary>Act for the owner: withdraw, ask who saw the profile, record monitoring attributes.</summary>
        ActForOwner,
        /// <summary>Read the full profile: the owner itself, or a client acting for it with the read-full permission.</summary>
        ReadFull,
    }

    /// <summary>Null when the caller may write <paramref name="reference"/> (it lies in a namespace the caller acts for); else 400 or 404.</summary>
    public async Task<IResult?> DenyWriteAsync(HttpRequest request, string? reference, string field, CancellationToken cancellationToken)
    {
        if (NotCanonical(reference, field) is { } bad) return bad;
        var caller = Caller.From(request.HttpContext.User);
        if (parties.NamespaceOwner(reference!) is not { } owner || caller is null || !caller.MayActFor(owner.Code)) return NotFound(field);
        // References indexed before namespaces were enforced keep their registered owner.
        return await registry.OwnerOfAsync(ReferenceKind.Candidate, reference!, cancellationToken) is { } registered && !caller.MayActFor(registered)
            ? NotFound(field) : null;
    }

    /// <summary>The owner when the reference exists and the caller may use it so; otherwise the 400 or 404 to answer.</summary>
    public async Task<(string? Owner, IResult? Denied)> CheckAsync(HttpRequest request, string? reference, string field, Use use, CancellationToken cancellationToken)
    {
        if (NotCanonical(reference, field) is { } bad) return (null, bad);
        var owner = await registry.OwnerOfAsync(ReferenceKind.Candidate, reference!, cancellationToken);
        return owner is not null && Allows(Caller.From(request.HttpContext.User), request.HttpContext.User.HasClaim(Permissions.ClaimType, Permissions.ReadFull), owner, use)
            ? (owner, null) : (null, NotFound(field));
    }

    public static bool Allows(Caller? caller, bool mayReadFull, string owner, Use use) => caller is not null && use switch
    {
        Use.ReadFull => caller.Party == owner || (mayReadFull && caller.MayActFor(owner)),
        _ => caller.MayActFor(owner),
    };

    private static IResult? NotCanonical(string? reference, string field)
    {
        var check = new FieldChecks();
        CandidateReference.Check(check, field, reference);
        return check.Errors.Count > 0 ? HttpValidation.Problem(check.Errors) : null;
    }

    /// <summary>One answer for "does not exist" and "not yours", naming the field but never the owner.</summary>
    public static IResult NotFound(string field) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: $"No candidate with this {field} is available to this client.");
}
