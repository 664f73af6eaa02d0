using System.Net;
using System.Security.Claims;

namespace Matching.ServiceDefaults.Security;

/// <summary>
/// Which token bucket a request draws from: an API client's own (by its configured name), a signed-in person's own
/// (by the scheme that signed them in and their subject, never by a display name), or one per remote address for
/// callers without a credential (the API's and the workbench pages' apart). Namespaces keep the kinds apart, so a
/// person whose subject happens to equal a client's name neither shares that client's bucket nor gets its limit.
/// </summary>
public sealed class RateLimitBuckets(ApiClientDirectory clients, int anonymousPerMinute, int webPerMinute, int personPerMinute)
{
    /// <summary>The limit of a configured client whose entry names none.</summary>
    public const int DefaultClientPerMinute = 600;

    public (string Key, int PerMinute) For(ClaimsPrincipal user, IPAddress? remote, bool apiCall)
    {
        if (user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } identity)
            return identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName
                ? ("client:" + name, clients.Get(name)?.RequestsPerMinute ?? DefaultClientPerMinute)
                : ("person:" + identity.AuthenticationType + ":" + name, personPerMinute);
        return apiCall ? ("anonymous:" + remote, anonymousPerMinute) : ("web:" + remote, webPerMinute);
    }
}
