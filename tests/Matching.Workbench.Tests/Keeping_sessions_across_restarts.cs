using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Matching.Workbench.Tests;

/// <summary>The keys behind session cookies live in Workbench:KeysDirectory, so a restart or another replica on the same folder keeps people signed in.</summary>
public sealed class Keeping_sessions_across_restarts : IDisposable
{
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "matching-workbench-keys-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_keys, recursive: true); } catch (DirectoryNotFoundException) { }
    }

    [Fact]
    public async Task A_session_cookie_from_one_host_is_accepted_by_the_next_on_the_same_key_folder_and_not_by_one_with_its_own()
    {
        string session;
        using (var first = new WorkbenchHost(authority: null, demo: true, keysDirectory: _keys))
        {
            using var client = SignedInClient.Anonymous(first);
            var token = await SignedInClient.TokenAsync(client, "/aanmelden");
            using var signIn = await client.PostAsync("/aanmelden?handler=Demo", SignedInClient.Form(("__werkbank_af", token), ("gebruiker", "demo-netwerker-dalfsen")));
            session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("werkbank.sessie=", StringComparison.Ordinal)).Split(';')[0];
        }
        Assert.NotEmpty(Directory.GetFiles(_keys, "key-*.xml"));

        using (var restarted = new WorkbenchHost(authority: null, demo: true, keysDirectory: _keys))
            Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(restarted, session));
        using (var stranger = new WorkbenchHost(authority: null, demo: true))
            Assert.Equal(HttpStatusCode.Redirect, await StatusWithAsync(stranger, session));
    }

    private static async Task<HttpStatusCode> StatusWithAsync(WorkbenchHost host, string cookie)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/opvolging");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
