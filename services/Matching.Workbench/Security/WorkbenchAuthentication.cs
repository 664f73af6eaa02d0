using Matching.Domain.Parties;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Matching.Workbench.Security;

/// <summary>
/// People sign in with OpenID Connect (the municipality's identity provider) or, in demo mode, as a demo user; either
/// way the session is an encrypted cookie: Secure, HttpOnly, SameSite=Lax, sliding expiry. The API's default
/// scheme (API keys) is left alone: only workbench pages authenticate with the cookie.
/// </summary>
public static class WorkbenchAuthentication
{
    public static IHostApplicationBuilder AddWorkbenchAuthentication(this IHostApplicationBuilder builder, WorkbenchOptions options)
    {
        var authentication = builder.Services.AddAuthentication().AddCookie(WorkbenchUser.Scheme, cookie =>
        {
            cookie.Cookie.Name = "werkbank.sessie";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionMinutes);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/aanmelden";
            cookie.LogoutPath = "/afmelden";
            cookie.AccessDeniedPath = "/aanmelden";
            cookie.ReturnUrlParameter = "terug";
            // A session lasts at most a working day, however active.
            cookie.Events.OnValidatePrincipal = context =>
            {
                if (context.Properties.IssuedUtc is { } issued && DateTimeOffset.UtcNow - issued > TimeSpan.FromHours(10))
                    context.RejectPrincipal();
                return Task.CompletedTask;
            };
        });
        if (!string.IsNullOrWhiteSpace(options.Oidc.Authority))
            authentication.AddOpenIdConnect(WorkbenchUser.OidcScheme, oidc =>
            {
                oidc.SignInScheme = WorkbenchUser.Scheme;
                oidc.Authority = options.Oidc.Authority;
                oidc.ClientId = options.Oidc.ClientId;
                oidc.ClientSecret = options.Oidc.ClientSecret;
                oidc.RequireHttpsMetadata = options.Oidc.RequireHttpsMetadata;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.UsePkce = true;
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.SaveTokens = false;
                oidc.CallbackPath = "/aanmelden/oidc";
                oidc.SignedOutCallbackPath = "/afmelden/oidc";
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
                oidc.Scope.Clear();
                foreach (var scope in options.Oidc.Scopes) oidc.Scope.Add(scope);
                oidc.Events.OnTokenValidated = context =>
                {
                    var parties = context.HttpContext.RequestServices.GetRequiredService<PartyDirectory>();
                    var user = OidcClaimsMapper.Map(context.Principal!, options, parties);
                    if (user is null) context.Fail("Uw account heeft geen bekende gemeente of partij: vraag uw beheerder om de rol of de claim 'party'.");
                    else context.Principal = user;
                    return Task.CompletedTask;
                };
                oidc.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/aanmelden?mislukt=1");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorization(authorization => authorization.AddPolicy(WorkbenchUser.Policy, policy =>
            policy.AddAuthenticationSchemes(WorkbenchUser.Scheme).RequireAuthenticatedUser()));
        return builder;
    }

    public static bool OidcConfigured(this WorkbenchOptions options) => !string.IsNullOrWhiteSpace(options.Oidc.Authority);
}
