using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Learning.Models;
using Matching.Learning.Outcomes;
using Matching.Ranking.Audit;
using Matching.Ranking.Ledger;
using Matching.ServiceDefaults.Outbox;
using Matching.Weekdate;

namespace Matching.Storage.Tests;

/// <summary>
/// One empty database (a SQLite folder or a fresh PostgreSQL database) and its stores. Opening the stores again
/// gives a second set over the same data: what a second replica (or a restarted process) sees.
/// </summary>
public abstract class StoreWorld : IAsyncDisposable
{
    public abstract IMatchLedger Ledger();

    public abstract IAuditLog Audit();

    public abstract IOutcomeStore Outcomes();

    public abstract IImpressionLog Impressions();

    public abstract IMonitoringStore Monitoring();

    public abstract IWeekdateLedger Weekdate();

    public abstract IOutboxStore Outbox();

    public abstract IModelRegistry Models();

    /// <summary>Runs a statement straight against the database, past the store (as an operator or an attacker with its credentials).</summary>
    public abstract Task ExecuteAsync(string sql);

    public abstract ValueTask DisposeAsync();
}
