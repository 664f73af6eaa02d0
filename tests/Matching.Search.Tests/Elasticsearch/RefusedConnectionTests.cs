using System.Net;
using System.Net.Sockets;
using Elastic.Clients.Elasticsearch;
using Matching.Search.Elasticsearch;
using Matching.Search.Testing.Elasticsearch;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>The test transport's refused connection against the client's own HTTP invoker on a port nobody listens on.</summary>
public sealed class RefusedConnectionTests
{
    [Fact]
    public async Task The_simulated_refused_connection_fails_exactly_as_a_real_one()
    {
        var real = new ElasticsearchVacancyIndex(new ElasticsearchClient(new ElasticsearchClientSettings(new Uri($"http://127.0.0.1:{ClosedPort()}"))), "matching");
        var server = new ElasticsearchTestTransport();
        server.Fail(TransportFailure.Refused);
        var simulated = new ElasticsearchVacancyIndex(server.CreateClient(), "matching");

        var realError = await Assert.ThrowsAsync<ElasticsearchCallException>(() => real.CountAsync());
        var simulatedError = await Assert.ThrowsAsync<ElasticsearchCallException>(() => simulated.CountAsync());

        foreach (var error in new[] { realError, simulatedError })
        {
            Assert.Null(error.HttpStatus);
            Assert.True(error.IsTransient);
            var http = Assert.IsType<HttpRequestException>(error.InnerException);
            Assert.Equal(HttpRequestError.ConnectionError, http.HttpRequestError);
            Assert.Equal(SocketError.ConnectionRefused, Assert.IsType<SocketException>(http.InnerException).SocketErrorCode);
        }
    }

    /// <summary>A loopback port that was free a moment ago and that nothing listens on now.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
