using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Matching.Workbench.Tests;

/// <summary>An HTTP client on the in-process host over https (so Secure cookies travel), signed in as a demo user through the sign-in form.</summary>
public static partial class SignedInClient
{
    public static HttpClient Anonymous(WorkbenchHost host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> AsDemoUserAsync(WorkbenchHost host, string user)
    {
        var client = Anonymous(host);
        var token = await TokenAsync(client, "/aanmelden");
        using var response = await client.PostAsync("/aanmelden?handler=Demo", Form(("__werkbank_af", token), ("gebruiker", user)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The antiforgery token of the first form on <paramref name="path"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    public static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [GeneratedRegex("name=\"__werkbank_af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
