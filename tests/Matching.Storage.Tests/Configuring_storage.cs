using Matching.Learning.Logging;
using Matching.Learning.Retention;
using Matching.Ranking.Audit;
using Matching.Ranking.Ledger;
using Matching.ServiceDefaults.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matching.Storage.Tests;

public sealed class Configuring_storage : IAsyncLifetime
{
    private readonly SqliteStoreWorld _world = new();

    private static IServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<LedgerOptions>().Configure(o => o.Path = Path.Combine(Path.GetTempPath(), "matching-config-" + Guid.NewGuid().ToString("N"), "ledger.db"));
        services.AddStore<IMatchLedger, SqliteMatchLedger, PostgresMatchLedger>();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void An_audit_retention_below_six_months_is_refused_with_the_settings_name()
    {
        var refused = Assert.Throws<OptionsValidationException>(() =>
            Services(("Storage:AuditRetentionMonths", "5")).GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:AuditRetentionMonths must be at least 6", refused.Message);
        Assert.Equal(6, Services(("Storage:AuditRetentionMonths", "6")).GetRequiredService<IOptions<StorageOptions>>().Value.AuditRetentionMonths);
    }

    [Fact]
    public void The_provider_setting_chooses_the_implementation_and_postgresql_needs_a_connection_string()
    {
        Assert.IsType<SqliteMatchLedger>(Services().GetRequiredService<IMatchLedger>());

        var missing = Assert.Throws<InvalidOperationException>(() => Services(("Storage:Provider", "PostgreSQL")).GetRequiredService<IMatchLedger>());
        Assert.Contains("ConnectionStrings:Matching is empty", missing.Message);

        Assert.IsType<PostgresMatchLedger>(Services(("Storage:Provider", "PostgreSQL"),
            ("ConnectionStrings:Matching", "Host=127.0.0.1;Database=unused;Username=unused")).GetRequiredService<IMatchLedger>());
    }

    [Fact]
    public async Task The_daily_sweep_removes_rankings_and_audit_entries_past_their_retention_and_keeps_the_rest()
    {
        var now = DateTimeOffset.UtcNow;
        var impressions = _world.Impressions();
        var audit = _world.Audit();
        await impressions.RecordAsync("VAC-OLD", ["DAL-1"], [], "transparent-1", now.AddMonths(-13), default);
        await impressions.RecordAsync("VAC-NEW", ["DAL-1"], [], "transparent-1", now.AddMonths(-11), default);
        await audit.RecordAsync(new AuditEntry(now.AddMonths(-8), "c", "GM0148", "rank", "VAC-OLD", "t", ["DAL-1"]), default);
        await audit.RecordAsync(new AuditEntry(now.AddMonths(-6).AddDays(-5), "c", "GM0148", "rank", "VAC-NEW", "t", ["DAL-1"]), default);
        var options = Options.Create(new StorageOptions { AuditRetentionMonths = 7 });

        await new RetentionSweep(impressions, audit, options, TimeProvider.System, NullLogger<RetentionSweep>.Instance).SweepAsync(default);

        Assert.Equal(["VAC-NEW"], (await impressions.RankingsAsync(default)).Select(r => r.VacancyId));
        Assert.Equal(["VAC-NEW"], (await audit.ForCandidateAsync("DAL-1", default)).Select(e => e.VacancyId));
    }

    [Fact]
    public async Task Without_an_audit_retention_the_sweep_keeps_every_audit_entry()
    {
        var audit = _world.Audit();
        await audit.RecordAsync(new AuditEntry(DateTimeOffset.UtcNow.AddYears(-5), "c", "GM0148", "rank", "VAC-1", "t", ["DAL-1"]), default);

        await new RetentionSweep(_world.Impressions(), audit, Options.Create(new StorageOptions()), TimeProvider.System,
            NullLogger<RetentionSweep>.Instance).SweepAsync(default);

        Assert.Single(await audit.ForCandidateAsync("DAL-1", default));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();
}
