using System.Net;
using System.Text.RegularExpressions;

namespace Matching.Benchmarks;

/// <summary>
/// The workbench's vacancy → candidates page (/vacatures/{id}: the same CandidateRanker as gRPC, rendered as cards
/// with explanations) over HTTP on the host's REST port, signed in as the demo WSP front office (who acts for the
/// whole region). A call is the request to its last byte on loopback: an upper bound of the page's server time.
/// </summary>
public static partial class WorkbenchPage
{
    private const string DemoUser = "demo-wsp-frontoffice";

    public static async Task<LatencyStats> MeasureAsync(int restPort, IReadOnlyList<string> vacancyIds, int warmUp, int queries)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{restPort}"),
        };
        // The session cookie is Secure: HttpClient's cookie jar keeps it from plain http, so the cookies travel by hand.
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        var signIn = await SendAsync(http, cookies, new HttpRequestMessage(HttpMethod.Get, "/aanmelden"));
        var form = await signIn.Content.ReadAsStringAsync();
        var (field, token) = Token().Match(form) is { Success: true } m
            ? (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))
            : throw new InvalidOperationException(
                $"The sign-in page ({(int)signIn.StatusCode}) has no antiforgery token: is demo mode on in the host?");
        var signedIn = await SendAsync(http, cookies, new HttpRequestMessage(HttpMethod.Post, "/aanmelden?handler=Demo")
        {
            Content = new FormUrlEncodedContent([new("gebruiker", DemoUser), new(field, token)]),
        });
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Demo sign-in answered {(int)signedIn.StatusCode}, not a redirect.");

        return await Timed.SeriesAsync(warmUp, queries, async call =>
        {
            using var page = await SendAsync(http, cookies, new HttpRequestMessage(HttpMethod.Get, $"/vacatures/{vacancyIds[call % vacancyIds.Count]}"));
            var html = await page.Content.ReadAsStringAsync();
            if (page.StatusCode != HttpStatusCode.OK || !html.Contains("geschikte kandidaten", StringComparison.Ordinal))
                throw new InvalidOperationException($"The vacancy page answered {(int)page.StatusCode} without its candidate list.");
        });
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, Dictionary<string, string> cookies, HttpRequestMessage request)
    {
        if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var cookie in set)
            {
                var pair = cookie.Split(';', 2)[0].Split('=', 2);
                cookies[pair[0]] = pair.Length > 1 ? pair[1] : "";
            }
        return response;
    }

    /// <summary>The form's hidden antiforgery field (the workbench names it itself) and its token.</summary>
    [GeneratedRegex("<input name=\"([^\"]+)\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
