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
        var status = await SendChunkedAsync("POST", "/api/candidates/import", "[" + string.Join(",", rows) + "]");

        Assert.Equal(413, status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/candidates/DAL-90001")).StatusCode);
    }

    [Fact]
    public async Task A_body_past_30_MB_answers_413_on_a_single_write_too()
    {
        var client = Client();
        var body = JsonSerializer.Serialize(Fixtures.Candidate("DAL-9999")).Insert(1, new string(' ', 31 * 1024 * 1024));
        var status = await SendChunkedAsync("PUT", "/api/candidates/DAL-9999", body);

        Assert.Equal(413, status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/candidates/DAL-9999")).StatusCode);
    }

    private HttpClient Client()
    {
        _host.StartServer();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_restPort}"), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add(TestClients.Header, TestClients.WspKey);
        return client;
    }

    /// <summary>
    /// Sends <paramref name="body"/> chunked over a raw connection and returns the status the server answered. The
    /// answer is read while the body is still being sent: the server answers 413 and closes without reading the rest,
    /// which an HttpClient reports as a broken pipe instead of the answer.
    /// </summary>
    private async Task<int> SendChunkedAsync(string method, string path, string body)
    {
        _host.StartServer();
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, _restPort);
        var stream = socket.GetStream();
        var reading = Task.Run(async () =>
        {
            var buffer = new byte[4096];
            var received = new StringBuilder();
            try
            {
                int read;
                while (!received.ToString().Contains("\r\n") && (read = await stream.ReadAsync(buffer)) > 0)
                    received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
            catch (IOException) { }
            return received.ToString();
        });
        var head = $"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{TestClients.Header}: {TestClients.WspKey}\r\n" +
                   "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            var bytes = Encoding.UTF8.GetBytes(body);
            for (var offset = 0; offset < bytes.Length && !reading.IsCompleted; offset += 64 * 1024)
            {
                var length = Math.Min(64 * 1024, bytes.Length - offset);
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{length:X}\r\n"));
                await stream.WriteAsync(bytes.AsMemory(offset, length));
                await stream.WriteAsync("\r\n"u8.ToArray());
            }
            if (!reading.IsCompleted) await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
        }
        catch (IOException)
        {
            // The server stopped reading: its answer is (or was) on its way.
        }
        var statusLine = await reading.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.StartsWith("HTTP/1.1 ", statusLine);
        return int.Parse(statusLine.Substring(9, 3));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
