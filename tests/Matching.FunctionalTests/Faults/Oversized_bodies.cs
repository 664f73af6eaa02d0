using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Matching.FunctionalTests.Faults;

/// <summary>
/// Fault scenario: bodies past the limits, sent chunked (no Content-Length) to the host on real Kestrel. The import
/// stops reading at its 20 MB limit and answers 413, storing nothing; any other body past the server's 30 MB answers
/// 413 too, never 500.
/// </summary>
public sealed class Oversized_bodies : IDisposable
{
    private readonly MatchingHostFactory _host = new();
    private readonly int _restPort = FreePort();

    public Oversized_bodies()
    {
        _host.Settings["Endpoints:RestPort"] = _restPort.ToString();
        _host.Settings["Endpoints:GrpcPort"] = FreePort().ToString();
        _host.UseKestrel();
    }

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    [Fact]
    public async Task A_chunked_import_past_20_MB_answers_413_and_stores_nothing()
    {
        var client = Client();
        // 4,500 valid rows, each padded with JSON whitespace: ~24.6 MB, as in the report that stored 4,500 rows.
        var rows = Enumerable.Range(1, 4500).Select(i => JsonSerializer.Serialize(Fixtures.Candidate($"DAL-9{i:0000}")) + new string(' ', 5000));
        var response = await client.PostAsync("/api/candidates/import", new ChunkedContent("[" + string.Join(",", rows) + "]", "application/json").Typed());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/candidates/DAL-90001")).StatusCode);
    }

    [Fact]
    public async Task A_body_past_30_MB_answers_413_on_a_single_write_too()
    {
        var client = Client();
        var body = JsonSerializer.Serialize(Fixtures.Candidate("DAL-9999")).Insert(1, new string(' ', 31 * 1024 * 1024));
        var response = await client.PutAsync("/api/candidates/DAL-9999", new ChunkedContent(body, "application/json").Typed());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/candidates/DAL-9999")).StatusCode);
    }

    private HttpClient Client()
    {
        _host.StartServer();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_restPort}"), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add(TestClients.Header, TestClients.WspKey);
        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A body without a length: HttpClient sends it with Transfer-Encoding: chunked.</summary>
    private sealed class ChunkedContent(string body, string mediaType) : HttpContent
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(body);

        public ChunkedContent Typed()
        {
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
            return this;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < _bytes.Length; offset += 64 * 1024)
                await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(64 * 1024, _bytes.Length - offset)));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
