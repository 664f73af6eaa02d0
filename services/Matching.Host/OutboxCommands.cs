using System.CommandLine;
using System.Globalization;
using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Storage;

namespace Matching.Host;

/// <summary>
/// `make outbox`: the writes the drainer parked after their attempts (dead letters), by sequence, target, the
/// references they touch, attempts and last error (never the documents), and `replay` to put one or all back in the
/// queue, where the running service applies them in their old place. Works beside the running service: on its SQLite
/// file (WAL), or with --postgres (or Storage__Provider=PostgreSQL and ConnectionStrings__Matching, as the services read
/// it) on the replicas' shared PostgreSQL outbox.
/// </summary>
public static class OutboxCommands
{
    public static Task<int> RunAsync(string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        var db = new Option<string>("--db") { Description = "the outbox file", DefaultValueFactory = _ => new OutboxOptions().Path };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "the replicas' PostgreSQL connection string instead of the file",
            DefaultValueFactory = _ => PostgresDatabase.ConnectionStringFromEnvironment(),
        };
        var list = new Command("list", "list the parked writes") { db, postgres };
        list.SetAction(async (parse, ct) => await ListAsync(Open(parse.GetValue(db)!, parse.GetValue(postgres)), output, ct));
        var which = new Argument<string>("sequence") { Description = "the parked write's sequence, or 'all'" };
        var replay = new Command("replay", "put a parked write (or all) back in the queue") { which, db, postgres };
        replay.SetAction(async (parse, ct) => await ReplayAsync(Open(parse.GetValue(db)!, parse.GetValue(postgres)), parse.GetValue(which)!, output, ct));
        var root = new RootCommand("The write outbox of a Matching service") { list, replay };
        return root.Parse(args).InvokeAsync();
    }

    private static WriteOutbox Open(string path, string? postgres)
    {
        if (!string.IsNullOrWhiteSpace(postgres))
            return new WriteOutbox(new PostgresOutboxStore(new PostgresDatabase(postgres)), TimeProvider.System);
        if (!File.Exists(path)) throw new FileNotFoundException($"No outbox at {Path.GetFullPath(path)} (make outbox DATA=<folder>).");
        return new WriteOutbox(new SqliteOutboxStore(new OutboxDatabase(path)), TimeProvider.System);
    }

    private static async Task<int> ListAsync(WriteOutbox outbox, TextWriter output, CancellationToken ct)
    {
        var parked = await outbox.ParkedAsync(ct);
        await output.WriteLineAsync($"{await outbox.CountAsync(ct)} pending, {parked.Count} parked");
        foreach (var p in parked)
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"#{p.Sequence}  {p.Target} {p.Operation}  {string.Join(",", p.Keys.Take(5))}{(p.Keys.Count > 5 ? $" (+{p.Keys.Count - 5})" : "")}  " +
                $"{p.Attempts} attempts, parked {p.ParkedAt:yyyy-MM-dd HH:mm:ss}Z  {p.LastError}"));
        if (parked.Count > 0) await output.WriteLineAsync("Replay: make outbox REPLAY=<sequence> (or REPLAY=all) once the cause is fixed.");
        return 0;
    }

    private static async Task<int> ReplayAsync(WriteOutbox outbox, string which, TextWriter output, CancellationToken ct)
    {
        var sequences = which == "all"
            ? (await outbox.ParkedAsync(ct)).Select(p => p.Sequence).ToList()
            : long.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out var one) ? [one] : null;
        if (sequences is null)
        {
            await output.WriteLineAsync($"'{which}' is not a sequence number or 'all'.");
            return 2;
        }
        var replayed = 0;
        foreach (var sequence in sequences)
            if (await outbox.ReplayAsync(sequence, ct)) replayed++;
            else await output.WriteLineAsync($"No parked write #{sequence}.");
        await output.WriteLineAsync($"{replayed} writes back in the queue; the running service applies them within its drain interval.");
        return replayed == sequences.Count ? 0 : 1;
    }
}
