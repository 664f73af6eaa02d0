using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Learning.Models;
using Matching.Learning.Outcomes;
using Matching.Ranking.Audit;
using Matching.Ranking.Ledger;
using Matching.ServiceDefaults;
using Matching.ServiceDefaults.Outbox;
using Matching.Weekdate;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Matching.Storage.Tests;

/// <summary>The SQLite stores in a temporary folder, laid out as the matching service lays them out.</summary>
public sealed class SqliteStoreWorld : StoreWorld
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "matching-stores-" + Guid.NewGuid().ToString("N"));

    private IOptions<LedgerOptions> LedgerOptions => Options.Create(new LedgerOptions { Path = Path.Combine(_folder, "ledger.db") });

    public override IMatchLedger Ledger() => new SqliteMatchLedger(LedgerOptions);

    public override IAuditLog Audit() => new SqliteAuditLog(LedgerOptions);

    public override IOutcomeStore Outcomes() => new SqliteOutcomeStore(Path.Combine(_folder, "outcomes.db"));

    public override IImpressionLog Impressions() => new SqliteImpressionLog(Path.Combine(_folder, "rankings.db"));

    public override IMonitoringStore Monitoring() => new SqliteMonitoringStore(Path.Combine(_folder, "monitoring.db"));

    public override IWeekdateLedger Weekdate() => new SqliteWeekdateLedger(LedgerOptions);

    public override IOutboxStore Outbox() => new SqliteOutboxStore(new OutboxDatabase(Path.Combine(_folder, "outbox.db")));

    /// <summary>The SQLite deployments keep models as files in a folder.</summary>
    public override IModelRegistry Models() => new ModelRegistry(Path.Combine(_folder, "models"));

    /// <summary>The audit log and outcomes have their own files: a statement goes to the file that holds its table.</summary>
    public override async Task ExecuteAsync(string sql)
    {
        var file = sql.Contains("audit_", StringComparison.Ordinal) ? "audit.db" : sql.Contains("party_outcomes", StringComparison.Ordinal) ? "outcomes.db" : "ledger.db";
        var db = new SqliteDatabase(Path.Combine(_folder, file), "");
        await using var connection = db.Open();
        await using var command = SqliteDatabase.Command(connection, sql);
        await command.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
