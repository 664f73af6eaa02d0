using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Matching.Benchmarks;

/// <summary>
/// The all-in-one host (Matching.Host.dll) as a child process on free loopback ports: real Kestrel, real HTTP/2,
/// over the indexes the benchmark built. Its own data (ledgers, audit, outbox) lives in its working folder.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private bool _disposed;

    private HostProcess(Process process, int restPort, int grpcPort)
    {
        _process = process;
        RestPort = restPort;
        GrpcPort = grpcPort;
    }

    public int RestPort { get; }

    public int GrpcPort { get; }

    public Uri GrpcAddress => new($"http://127.0.0.1:{GrpcPort}");

    public static string DefaultHostDll() =>
        typeof(HostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "MatchingHostDll").Value!;

    public static async Task<HostProcess> StartAsync(string hostDll, string dataDirectory, string stateDirectory)
    {
        hostDll = Path.GetFullPath(hostDll);
        if (!File.Exists(hostDll)) throw new FileNotFoundException($"Matching.Host.dll not found at {hostDll}; build services/Matching.Host first.", hostDll);
        Directory.CreateDirectory(stateDirectory);
        // A free port found here can be taken before the host binds it (a run's client sockets leave many ports in use):
        // the host then exits at start, and is started again on other ports.
        for (var attempt = 1; ; attempt++)
        {
            var host = StartOnFreePorts(hostDll, dataDirectory, stateDirectory);
            try
            {
                await host.WaitUntilAliveAsync();
                return host;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts && host.OutputTail().Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await host.DisposeAsync();
            }
        }
    }

    private const int StartAttempts = 3;

    private static HostProcess StartOnFreePorts(string hostDll, string dataDirectory, string stateDirectory)
    {
        var (restPort, grpcPort) = FreePorts();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = stateDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        // The host's own appsettings.json (beside the dll) first; the benchmark's settings override it.
        start.ArgumentList.Add($"--contentRoot={Path.GetDirectoryName(hostDll)}");
        foreach (var (key, value) in HostSettings.Common(dataDirectory, stateDirectory)
                     .Append(new("Endpoints:RestPort", restPort.ToString()))
                     .Append(new("Endpoints:GrpcPort", grpcPort.ToString()))
                     // The demo sign-in, for the workbench page series (Demo:Seed stays off: the benchmark's pool only).
                     .Append(new("Demo:Enabled", "true"))
                     .Append(new("Security:WebRequestsPerMinute", "100000"))
                     .Append(new("Security:PersonRequestsPerMinute", "100000")))
            start.ArgumentList.Add($"--{key}={value}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        var host = new HostProcess(process, restPort, grpcPort);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>The host's peak resident set (VmHWM), or null where /proc is not available.</summary>
    public double? PeakWorkingSetMb()
    {
        var status = $"/proc/{_process.Id}/status";
        if (_process.HasExited || !File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : Math.Round(long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024d, 1);
    }

    public string OutputTail() => string.Join(Environment.NewLine, _output.TakeLast(40));

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 200) _output.TryDequeue(out _);
    }

    private async Task WaitUntilAliveAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} while starting:{Environment.NewLine}{OutputTail()}");
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{RestPort}/alive");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The host did not answer /alive within {StartTimeout}:{Environment.NewLine}{OutputTail()}");
    }

    /// <summary>Two free loopback ports, found while both are held, so they differ.</summary>
    private static (int RestPort, int GrpcPort) FreePorts()
    {
        using var rest = new TcpListener(IPAddress.Loopback, 0);
        using var grpc = new TcpListener(IPAddress.Loopback, 0);
        rest.Start();
        grpc.Start();
        return (((IPEndPoint)rest.LocalEndpoint).Port, ((IPEndPoint)grpc.LocalEndpoint).Port);
    }
}
