using Matching.Domain.Candidates;
using Matching.Search.Elasticsearch;
using Matching.Search.Resilience;
using Matching.Search.Testing.Elasticsearch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Registry;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests.Resilience;

/// <summary>
/// The production retry and circuit-breaker pipelines around the Elasticsearch candidate index, with the engine's
/// answers coming from <see cref="ElasticsearchTestTransport"/>: which failures are retried, count toward the breaker
/// and reach callers as <see cref="SearchUnavailableException"/>, and which pass through untouched.
/// </summary>
public sealed class SearchPipelinesOverElasticsearchTests : IDisposable
{
    private const int RetryCount = 2;

    private readonly ElasticsearchTestTransport _server = new();
    private readonly ElasticsearchCandidateIndex _engine;
    private readonly ServiceProvider _services;
    private readonly ResilientCandidateIndex _index;

    public SearchPipelinesOverElasticsearchTests() : this(readTimeoutSeconds: 30)
    {
    }

    /// <param name="readTimeoutSeconds">Generous by default, so that a loaded machine never turns an answer into a timeout.</param>
    private SearchPipelinesOverElasticsearchTests(double readTimeoutSeconds)
    {
        _engine = new ElasticsearchCandidateIndex(_server.CreateClient(), "matching", RegionZwolle.Directory);
        _services = new ServiceCollection()
            .AddSearchPipelines(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Resilience:Search:RetryCount"] = RetryCount.ToString(),
                ["Resilience:Search:RetryBaseDelayMilliseconds"] = "1",
                ["Resilience:Search:BreakerMinimumThroughput"] = "4",
                ["Resilience:Search:BreakerFailureRatio"] = "0.5",
                ["Resilience:Search:BreakDurationSeconds"] = "600",
                ["Resilience:Search:ReadTimeoutSeconds"] = readTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }).Build())
            .BuildServiceProvider();
        _index = new ResilientCandidateIndex(_engine, _services.GetRequiredService<ResiliencePipelineProvider<string>>(),
            _services.GetRequiredService<IOptions<SearchResilienceOptions>>());
    }

    public void Dispose() => _services.Dispose();

    private static CandidateQuery Query => new() { Text = "heftruck", VisibleTo = RegionZwolle.Dalfsen };

    private int Searches => _server.Requests.Count(r => r.Path.EndsWith("/_search", StringComparison.Ordinal));

    private int Bulks => _server.Requests.Count(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal));

    public static TheoryData<string> TransientFailures =>
        [nameof(TransportFailure.Refused), nameof(TransportFailure.TooManyRequests),
         nameof(TransportFailure.BadGateway), nameof(TransportFailure.Unavailable), nameof(TransportFailure.GatewayTimeout)];

    [Theory]
    [MemberData(nameof(TransientFailures))]
    public async Task A_transient_failure_is_retried_then_reported_as_unavailable(string failure)
    {
        await _engine.CountAsync();
        _server.Fail(Elasticsearch.NamedFailures.Get(failure));

        var error = await Assert.ThrowsAsync<SearchUnavailableException>(() => _index.SearchAsync(Query));

        Assert.Equal(1 + RetryCount, Searches);
        Assert.True(error.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_call_that_gets_no_answer_times_out_per_attempt_is_retried_and_reported_as_unavailable()
    {
        using var pipelines = new SearchPipelinesOverElasticsearchTests(readTimeoutSeconds: 0.3);
        await pipelines._engine.CountAsync();
        pipelines._server.Fail(TransportFailure.NoAnswer);

        await Assert.ThrowsAsync<SearchUnavailableException>(() => pipelines._index.SearchAsync(Query));

        Assert.True(pipelines.Searches >= 1, "the hung call reached the node");
    }

    [Fact]
    public async Task A_single_503_is_retried_and_the_search_succeeds()
    {
        await _engine.UpsertAsync([Candidate("cand-1").Build()]);
        _server.Fail(TransportFailure.Unavailable, times: 1);

        var result = await _index.SearchAsync(Query);

        Assert.Equal("cand-1", result.Hits.Single().Profile.Reference);
        Assert.Equal(2, Searches);
    }

    [Fact]
    public async Task A_request_the_engine_refuses_as_wrong_is_not_retried_and_reaches_the_caller_as_it_is()
    {
        await _engine.CountAsync();
        _server.Fail(Elasticsearch.NamedFailures.Get("BadRequest"));

        var error = await Assert.ThrowsAsync<ElasticsearchCallException>(() => _index.SearchAsync(Query));

        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(1, Searches);
    }

    [Fact]
    public async Task Bulk_mapping_rejections_are_not_retried_and_never_open_the_breaker()
    {
        await _engine.CountAsync();
        _server.RefuseInBulk("cand-bad", 400, "document_parsing_exception", "[1:20] failed to parse field [home] of type [geo_point]");

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            await Assert.ThrowsAsync<ElasticsearchBulkException>(() => _index.UpsertAsync([Candidate("cand-bad").Build()]));
            Assert.Equal(attempt, Bulks);
        }

        await _index.UpsertAsync([Candidate("cand-good").Build()]);
        Assert.NotNull(_server.Document("matching-candidates", "cand-good"));
    }

    [Fact]
    public async Task Bulk_items_refused_for_load_are_retried()
    {
        await _engine.CountAsync();
        _server.RefuseInBulk("cand-1", 429, "es_rejected_execution_exception", "rejected execution of primary operation");

        await Assert.ThrowsAsync<SearchUnavailableException>(() => _index.UpsertAsync([Candidate("cand-1").Build()]));

        Assert.Equal(1 + RetryCount, Bulks);
    }

    [Fact]
    public async Task Repeated_503s_open_the_breaker_after_which_calls_fail_fast_without_reaching_the_engine()
    {
        await _engine.CountAsync();
        _server.Fail(TransportFailure.Unavailable);

        SearchUnavailableException? error = null;
        for (var call = 0; call < 3 && error?.InnerException is not BrokenCircuitException; call++)
            error = await Assert.ThrowsAsync<SearchUnavailableException>(() => _index.SearchAsync(Query));
        Assert.IsType<BrokenCircuitException>(error!.InnerException);
        var reached = Searches;

        var fastFailure = await Assert.ThrowsAsync<SearchUnavailableException>(() => _index.SearchAsync(Query));

        Assert.IsType<BrokenCircuitException>(fastFailure.InnerException);
        Assert.Equal(reached, Searches);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(429, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(413, false)]
    [InlineData(500, false)]
    public void Only_no_response_429_502_503_and_504_are_transient(int? status, bool transient)
    {
        Assert.Equal(transient, SearchPipelines.IsTransient(new ElasticsearchCallException("x", status)));
        if (status is int itemStatus)
            Assert.Equal(transient, SearchPipelines.IsTransient(new ElasticsearchBulkException("i", [new("id", itemStatus, "r")])));
    }

    [Fact]
    public void A_call_the_attempt_timeout_cut_off_inside_the_client_is_transient_but_other_client_failures_are_not()
    {
        Assert.True(SearchPipelines.IsTransient(new Elastic.Transport.UnexpectedTransportException(new TaskCanceledException(), null)));
        // What the client throws when a response does not fit the type it is read into: a bug, not an outage.
        Assert.False(SearchPipelines.IsTransient(new Elastic.Transport.UnexpectedTransportException(
            new System.Text.Json.JsonException("missing required properties including: 'reference'"), null)));
    }
}
