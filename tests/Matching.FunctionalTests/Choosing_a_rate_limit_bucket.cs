using System.Net;
using System.Security.Claims;
using Matching.ServiceDefaults.Security;
using Microsoft.Extensions.Configuration;

namespace Matching.FunctionalTests;

/// <summary>Each kind of caller draws from its own bucket: clients by name, people by scheme and subject, others by address.</summary>
public sealed class Choosing_a_rate_limit_bucket
{
    private static readonly IPAddress Office = IPAddress.Parse("10.1.2.3");

    private readonly RateLimitBuckets _buckets = new(new ApiClientDirectory(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clients:ommen:Party"] = "GM0175",
            ["Clients:ommen:KeyHashes:0"] = ApiClientDirectory.HashKey("ommen-secret"),
            ["Clients:ommen:Permissions:0"] = Permissions.Read,
            ["Clients:ommen:RequestsPerMinute"] = "3000",
        }).Build()), anonymousPerMinute: 120, webPerMinute: 1200, personPerMinute: 600);

    [Fact]
    public void An_API_client_has_its_own_bucket_at_its_configured_rate()
    {
        Assert.Equal(("client:ommen", 3000), _buckets.For(Signed("ommen", ApiKeyAuthenticationHandler.SchemeName), Office, apiCall: true));
    }

    [Fact]
    public void A_person_named_like_a_client_neither_shares_its_bucket_nor_gets_its_rate()
    {
        var (key, perMinute) = _buckets.For(Signed("ommen", "Werkbank"), Office, apiCall: false);

        Assert.NotEqual("client:ommen", key);
        Assert.Equal(600, perMinute);
    }

    [Fact]
    public void Two_people_behind_one_address_have_a_bucket_each()
    {
        var first = _buckets.For(Signed("oidc:subject-1", "Werkbank"), Office, apiCall: false).Key;
        var second = _buckets.For(Signed("oidc:subject-2", "Werkbank"), Office, apiCall: false).Key;

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Callers_without_a_credential_share_one_bucket_per_address_apart_for_the_API_and_the_pages()
    {
        var nobody = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.Equal(("anonymous:10.1.2.3", 120), _buckets.For(nobody, Office, apiCall: true));
        Assert.Equal(("web:10.1.2.3", 1200), _buckets.For(nobody, Office, apiCall: false));
    }

    private static ClaimsPrincipal Signed(string name, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], scheme));
}
