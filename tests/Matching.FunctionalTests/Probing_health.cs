using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.ServiceDefaults.Security;

namespace Matching.FunctionalTests;

/// <summary>What a kubelet sees: /alive and /ready without a key, outside the rate limit, with the status only.</summary>
public sealed class Probing_health : IDisposable
{
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    [Theory]
    [InlineData("/alive")]
    [InlineData("/ready")]
    public async Task Probes_are_never_rate_limited(string path)
    {
        var client = _host.ClientWithKey(null);
        // More calls than an anonymous caller's whole bucket holds.
        for (var i = 0; i < SecurityExtensions.AnonymousRequestsPerMinute / 6 + 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/alive")]
    [InlineData("/ready")]
    public async Task Probes_answer_the_status_and_nothing_else(string path)
    {
        var body = await _host.ClientWithKey(null).GetFromJsonAsync<JsonElement>(path);

        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Single(body.EnumerateObject());
    }

    [Fact]
    public async Task A_pod_whose_search_engine_fails_stays_ready_and_answers_503_itself()
    {
        var client = _host.ClientWithKey(null);
        _host.Outage.Current = SearchOutage.Mode.Refused;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }
}
