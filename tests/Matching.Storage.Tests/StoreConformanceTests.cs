using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Matching.ServiceDefaults.Outbox;

namespace Matching.Storage.Tests;

/// <summary>
/// What every implementation of the stores promises, whichever database holds them. Run once per implementation
/// (<see cref="SqliteStoreConformanceTests"/>, <see cref="PostgresStoreConformanceTests"/>); the partial files group
/// the tests by store.
/// </summary>
public abstract partial class StoreConformanceTests : IAsyncLifetime
{
    private StoreWorld? _world;

    protected StoreWorld World => _world ?? throw new InvalidOperationException("No store world: the test was skipped.");

    /// <summary>The world of the implementation under test, or a skip when its database is not available.</summary>
    protected abstract StoreWorld CreateWorld();

    /// <summary>Whole seconds, so a timestamp reads back the same from every database (PostgreSQL keeps microseconds).</summary>
    protected static DateTimeOffset At(int day, int hour = 9) => new(2026, 2, day, hour, 0, 0, TimeSpan.Zero);

    protected StoreWorld Open()
    {
        _world ??= CreateWorld();
        return _world;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_world is not null) await _world.DisposeAsync();
    }
}

public sealed class SqliteStoreConformanceTests : StoreConformanceTests
{
    protected override StoreWorld CreateWorld() => new SqliteStoreWorld();
}

public sealed class PostgresStoreConformanceTests : StoreConformanceTests
{
    protected override StoreWorld CreateWorld() => PostgresStoreWorld.CreateOrSkip();

    /// <summary>
    /// The workbench's replicas share one Data Protection key ring: what one replica protects (a session cookie, an
    /// antiforgery token) the other reads, and the key is stored once however many replicas read the ring.
    /// </summary>
    [SkippableFact]
    public void A_cookie_one_workbench_replica_protects_is_read_by_another()
    {
        var world = (PostgresStoreWorld)Open();
        using var first = Replica(world);
        using var second = Replica(world);

        var protectedByFirst = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("werkbank.sessie").Protect("demo-netwerker-dalfsen");
        var readBySecond = second.GetRequiredService<IDataProtectionProvider>().CreateProtector("werkbank.sessie").Unprotect(protectedByFirst);

        Assert.Equal("demo-netwerker-dalfsen", readBySecond);
        Assert.Single(world.KeyRing().GetAllElements(), e => e.Name.LocalName == "key");
        Assert.Throws<System.Security.Cryptography.CryptographicException>(() =>
            second.GetRequiredService<IDataProtectionProvider>().CreateProtector("another purpose").Unprotect(protectedByFirst));
    }

    private static ServiceProvider Replica(PostgresStoreWorld world)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("matching-workbench");
        var keyRing = world.KeyRing();
        services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = keyRing);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Replicas add up one rate-limit count per bucket and minute: concurrent additions are never lost, the key is kept only
    /// as its hash, and a bucket's new minute clears the minutes that ended long before.
    /// </summary>
    [SkippableFact]
    public async Task Replicas_add_up_one_request_count_per_bucket_and_minute()
    {
        var world = (PostgresStoreWorld)Open();
        var minute = new DateTimeOffset(2026, 12, 5, 9, 30, 0, TimeSpan.Zero);
        await world.RateLimits().AddAsync("anonymous:10.1.2.3", minute.AddMinutes(-5), 7, default);

        var counts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => world.RateLimits().AddAsync("client:ommen", minute, 5, default))));
        var other = await world.RateLimits().AddAsync("client:dalfsen", minute, 1, default);
        var next = await world.RateLimits().AddAsync("client:ommen", minute.AddMinutes(1), 2, default);

        Assert.Equal(Enumerable.Range(1, 8).Select(i => 5L * i), counts.Order());
        Assert.Equal((1L, 2L), (other, next));
        var rows = await world.RowsAsync("SELECT bucket, requests FROM rate_limit_windows ORDER BY window_start, requests");
        Assert.Equal(["|1", "|40", "|2"], rows.Select(r => r[r.IndexOf('|')..]));
        Assert.DoesNotContain(rows, r => r.Contains("10.1.2.3") || r.Contains(Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes("ommen"))));
        Assert.DoesNotContain(rows, r => r.EndsWith("|7"));
    }

    /// <summary>
    /// Replicas take turns at background work: while one holds a work's lease another gets none, other work is not held
    /// up, and the lease given back is taken by the next replica that asks.
    /// </summary>
    [SkippableFact]
    public async Task One_replica_at_a_time_holds_the_lease_on_a_work()
    {
        var world = (PostgresStoreWorld)Open();
        var first = world.WorkLeases();
        var second = world.WorkLeases();

        var held = await first.TryTakeAsync("candidate-rebuild", default);
        var refused = await second.TryTakeAsync("candidate-rebuild", default);
        await using var other = await second.TryTakeAsync("another-work", default);
        Assert.NotNull(held);
        Assert.Null(refused);
        Assert.NotNull(other);

        await held.DisposeAsync();
        await using var taken = await second.TryTakeAsync("candidate-rebuild", default);
        Assert.NotNull(taken);
        Assert.Null(await first.TryTakeAsync("candidate-rebuild", default));
    }

    /// <summary>
    /// Replicas take turns at a daily sweep (retention purges): one that finds its lease held skips that day's run, and
    /// once the holder gives it back the next replica runs it.
    /// </summary>
    [SkippableFact]
    public async Task A_daily_sweep_is_run_by_one_replica_at_a_time()
    {
        var world = (PostgresStoreWorld)Open();
        var first = new CountingSweep(world.WorkLeases());
        var second = new CountingSweep(world.WorkLeases());
        var held = await world.WorkLeases().TryTakeAsync(first.LeaseName, default);

        Assert.False(await first.RunInTurnAsync(default));
        await held!.DisposeAsync();
        Assert.True(await second.RunInTurnAsync(default));
        Assert.True(await first.RunInTurnAsync(default));

        Assert.Equal((1, 1), (first.Runs, second.Runs));
    }

    private sealed class CountingSweep(Matching.Search.IWorkLease lease)
        : Matching.ServiceDefaults.DailySweep(TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, lease)
    {
        public int Runs { get; private set; }

        protected override string What => "Counting sweep";

        public override string LeaseName => "counting-sweep";

        protected override Task RunOnceAsync(CancellationToken cancellationToken)
        {
            Runs++;
            return Task.CompletedTask;
        }
    }

    /// <summary>A database that cannot be reached grants the lease: the work is safe twice, and must not wait for the database.</summary>
    [Fact]
    public async Task An_unreachable_database_grants_the_lease()
    {
        using var database = new Matching.ServiceDefaults.Storage.PostgresDatabase("Host=127.0.0.1;Port=9;Timeout=2;Username=nobody");
        var leases = new Matching.ServiceDefaults.Storage.PostgresWorkLease(database, Microsoft.Extensions.Logging.Abstractions.NullLogger<Matching.ServiceDefaults.Storage.PostgresWorkLease>.Instance);

        await using var granted = await leases.TryTakeAsync("candidate-rebuild", default);

        Assert.NotNull(granted);
    }

    /// <summary>Replicas share one outbox: one drains each stage and target at a time, so one reference's writes stay in order.</summary>
    [SkippableFact]
    public async Task One_replica_drains_the_shared_outbox_and_another_takes_over_when_it_stops()
    {
        var first = (PostgresOutboxStore)Open().Outbox();
        var second = World.Outbox();
        await second.QueueEventsAsync([PendingEvent.For(new { VacancyId = "VAC-1" })], At(1), default);

        Assert.Single(await first.ReadAsync(WriteStage.Publish, null, 10, default));
        Assert.Empty(await second.ReadAsync(WriteStage.Publish, null, 10, default));
        Assert.Single(await first.ReadAsync(WriteStage.Publish, null, 10, default));

        await first.DisposeAsync();

        Assert.Single(await second.ReadAsync(WriteStage.Publish, null, 10, default));
        Assert.Empty(await World.Outbox().ReadAsync(WriteStage.Publish, null, 10, default));
    }
}
