using Matching.Domain.Parties;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.ServiceDefaults.Security;

/// <summary>A municipality writes only its own candidates and vacancies (or those of parties it is configured to act for).</summary>
public static class Tenancy
{
    /// <summary>
    /// Null when the caller may act for <paramref name="municipalityCode"/>; otherwise a 403 problem. An empty or
    /// unknown code is left to validation, which names the field.
    /// </summary>
    public static IResult? Forbidden(HttpRequest request, string? municipalityCode, string what)
    {
        var code = municipalityCode?.Trim();
        if (string.IsNullOrEmpty(code) || !request.HttpContext.RequestServices.GetRequiredService<PartyDirectory>().IsKnown(code)) return null;
        return Caller.From(request.HttpContext.User) is { } caller && caller.MayActFor(code)
            ? null
            : HttpValidation.Forbidden($"This client may not change {what} of {code}.");
    }

    /// <summary>
    /// Whether the caller may see the full profile owned by <paramref name="municipalityCode"/>: its own party, or a
    /// party it acts for with read-full. Endpoints taking a reference use <see cref="Ownership.CandidateAccess"/>.
    /// </summary>
    public static bool MayRead(HttpRequest request, string municipalityCode) =>
        Ownership.CandidateAccess.Allows(Caller.From(request.HttpContext.User), request.HttpContext.User.HasClaim(Permissions.ClaimType, Permissions.ReadFull),
            municipalityCode, Ownership.CandidateAccess.Use.ReadFull);
}
