using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace Matching.Workbench.Security;

/// <summary>
/// What runs in front of the shared security pipeline for workbench requests (not /api, /health, /alive or gRPC):
/// the signed-in person becomes the request's user, so the rate limiter counts per person rather than per address;
/// and every HTML page gets a strict Content-Security-Policy (no script at all) and the usual hardening headers.
/// API requests never see the session cookie as a credential.
/// </summary>
public static class WorkbenchRequests
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static WebApplication UseWorkbenchRequests(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (IsWorkbenchRequest(context.Request))
            {
                // Numbers and dates on the pages as Dutch readers write them (8,5 km; 01-12-2026).
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Dutch;
                var result = await context.AuthenticateAsync(WorkbenchUser.Scheme);
                if (result.Succeeded) context.User = result.Principal;
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    if (context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
                        headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XContentTypeOptions = "nosniff";
                    headers.XFrameOptions = "DENY";
                    headers["Referrer-Policy"] = "same-origin";
                    headers.CacheControl = context.Request.Path == WorkbenchModule.StylesheetPath ? "public, max-age=3600" : "no-store";
                    return Task.CompletedTask;
                });
            }
            await next(context);
        });
        return app;
    }

    private static bool IsWorkbenchRequest(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/health") && !request.Path.StartsWithSegments("/alive")
        && !request.Path.StartsWithSegments("/ready")
        && request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true;
}
