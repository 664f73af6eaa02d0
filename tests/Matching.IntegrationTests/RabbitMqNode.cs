namespace Matching.IntegrationTests;

/// <summary>
/// The RabbitMQ node the tests talk to: the one `make test` started (RABBITMQ_PORT and RABBITMQ_NODE_DIR in the
/// environment), otherwise a private node this fixture starts with scripts/rabbitmq-node.sh and stops at the end.
/// Each test gets its own virtual host, so queues and leftovers never meet.
/// </summary>
public sealed class RabbitMqNode : IAsyncLifetime
{
    private static readonly TimeSpan CtlTimeout = TimeSpan.FromSeconds(120);
    private string? _nodeDirectory;
    private bool _startedHere;

    public string Host { get; private set; } = "127.0.0.1";

    public int Port { get; private set; }

    public string Username { get; private set; } = "guest";

    public string Password { get; private set; } = "guest";

    public async Task InitializeAsync()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("RABBITMQ_PORT"), out var port))
        {
            Port = port;
            Host = Environment.GetEnvironmentVariable("RABBITMQ_HOST") ?? Host;
            Username = Environment.GetEnvironmentVariable("RABBITMQ_USER") ?? Username;
            Password = Environment.GetEnvironmentVariable("RABBITMQ_PASSWORD") ?? Password;
            _nodeDirectory = Environment.GetEnvironmentVariable("RABBITMQ_NODE_DIR");
            return;
        }
        _nodeDirectory = RepositoryPaths.NewTempFolder("rabbitmq-node");
        _startedHere = true;
        await ScriptAsync("start");
        var settings = File.ReadAllLines(Path.Combine(_nodeDirectory, "node.env"))
            .Select(line => line.Replace("export ", "").Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        Port = int.Parse(settings["RABBITMQ_PORT"]);
    }

    public async Task DisposeAsync()
    {
        if (_startedHere) await ScriptAsync("stop");
    }

    /// <summary>A fresh virtual host the guest user may use.</summary>
    public async Task<string> CreateVirtualHostAsync()
    {
        var name = "test-" + Guid.NewGuid().ToString("N")[..12];
        await CtlAsync("add_vhost", name);
        await CtlAsync("set_permissions", "-p", name, Username, ".*", ".*", ".*");
        return name;
    }

    public Task DeleteVirtualHostAsync(string name) => CtlAsync("delete_vhost", name);

    /// <summary>Stops the broker application (connections drop, durable queues and persistent messages stay) and starts it again.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await CtlAsync("stop_app");
        await Task.Delay(down);
        await CtlAsync("start_app");
        await CtlAsync("await_startup");
    }

    public Task CtlAsync(params string[] arguments) => ScriptAsync(["ctl", .. arguments]);

    private async Task ScriptAsync(params string[] arguments)
    {
        if (_nodeDirectory is null)
            throw new InvalidOperationException("RABBITMQ_NODE_DIR is not set: this test needs rabbitmqctl on a node scripts/rabbitmq-node.sh started.");
        var (exitCode, output) = await ProcessRunner.RunAsync(RepositoryPaths.NodeScript, arguments,
            new Dictionary<string, string> { ["RABBITMQ_NODE_DIR"] = _nodeDirectory }, CtlTimeout);
        if (exitCode != 0)
            throw new InvalidOperationException($"rabbitmq-node.sh {string.Join(' ', arguments)} failed ({exitCode}):\n{output}");
    }
}
