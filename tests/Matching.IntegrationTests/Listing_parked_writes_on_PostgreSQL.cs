using Matching.Host;
using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Ownership;
using Matching.ServiceDefaults.Storage;

namespace Matching.IntegrationTests;

/// <summary>`make outbox POSTGRES=...`: the replicas' shared outbox is listed and replayed like the SQLite file.</summary>
public sealed class Listing_parked_writes_on_PostgreSQL
{
    [SkippableFact]
    public async Task A_parked_write_is_listed_and_put_back_in_the_queue()
    {
        await using var database = await PostgresTestDatabase.CreateOrSkipAsync();
        using var postgres = new PostgresDatabase(database.ConnectionString);
        var store = new PostgresOutboxStore(postgres);
        var (sequence, _, _) = await store.AppendAsync(IndexTarget.Candidates, WriteOperation.Upsert, """[{"reference":"DAL-7005"}]""",
            _ => [], [new ReferenceClaim(ReferenceKind.Candidate, "DAL-7005", "GM0148")], null, DateTimeOffset.UtcNow, _ => { }, default);
        await store.ParkAsync(sequence, 3, "ArgumentException: mapping rejected", DateTimeOffset.UtcNow, default);

        var listing = new StringWriter();
        Assert.Equal(0, await OutboxCommands.RunAsync(["list", "--postgres", database.ConnectionString], listing));
        Assert.Contains("0 pending, 1 parked", listing.ToString());
        Assert.Contains($"#{sequence}", listing.ToString());
        Assert.Contains("DAL-7005", listing.ToString());
        Assert.Contains("3 attempts", listing.ToString());

        Assert.Equal(0, await OutboxCommands.RunAsync(["replay", "all", "--postgres", database.ConnectionString], new StringWriter()));
        Assert.Equal((1L, 0L), (await store.CountAsync(default), await store.ParkedCountAsync(default)));
    }
}
