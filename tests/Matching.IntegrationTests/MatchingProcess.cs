using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Matching.IntegrationTests;

/// <summary>
/// The matching service (services/Matching.Api) as its own operating-system process, configured as `make up` runs
/// it: RabbitMQ, the shared index read-only, its own ledger; gRPC on a free loopback port.
/// </summary>
public sealed class MatchingProcess : IDisposable
{
    private readonly Process _process;

    private MatchingProcess(Process process, Uri address) => (_process, Address) = (process, address);

    /// <summary>Its gRPC (h2c) address on loopback.</summary>
    public Uri Address { get; }

    /// <param name="extra">More settings, e.g. the shared PostgreSQL database of replicas (Storage:Provider, ConnectionStrings:Matching).</param>
    public static MatchingProcess Start(RabbitMqNode node, string virtualHost, string dataDirectory, string ledgerPath, string workingDirectory,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(RepositoryPaths.MatchingApiDll);
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var settings = new Dictionary<string, string>
        {
            ["Urls"] = address.ToString().TrimEnd('/'),
            ["Kestrel:EndpointDefaults:Protocols"] = "Http2",
            ["Search:DataDirectory"] = dataDirectory,
            ["Search:ReadOnlyIndexes"] = "candidates,vacancies",
            ["Ledger:Path"] = ledgerPath,
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:Host"] = node.Host,
            ["Messaging:Port"] = node.Port.ToString(),
            ["Messaging:VirtualHost"] = virtualHost,
            ["Messaging:Username"] = node.Username,
            ["Messaging:Password"] = node.Password,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Messaging:RetryIntervalsSeconds"] = "0.1, 0.5, 2",
            // Demo mode lets it start without configured clients; a test calls it with a demo key (README).
            ["Demo:Enabled"] = "true",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the matching service");
        // Drain its output so a full pipe never blocks it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new MatchingProcess(process, address);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no shutdown, no acknowledgements; what it held unacknowledged goes back to the queue.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
