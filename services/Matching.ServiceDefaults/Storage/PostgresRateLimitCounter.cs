using System.Security.Cryptography;
using System.Text;
using Dapper;
using Matching.ServiceDefaults.Security;

namespace Matching.ServiceDefaults.Storage;

/// <summary>
/// The replicas' shared request counts in PostgreSQL (table <c>rate_limit_windows</c>): one row per bucket and minute,
/// raised in one statement, so concurrent replicas never lose each other's requests. A bucket is stored as the SHA-256
/// of its key, never the key (it may be a remote address or a person's subject); when a bucket's new minute starts,
/// every minute that ended more than two minutes ago is deleted.
/// </summary>
public sealed class PostgresRateLimitCounter(PostgresDatabase database) : IRateLimitCounter
{
    public async Task<long> AddAsync(string bucket, DateTimeOffset minute, int requests, CancellationToken cancellationToken)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes(bucket));
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO rate_limit_windows (bucket, window_start, requests) VALUES (@key, @minute, @requests)
            ON CONFLICT (bucket, window_start) DO UPDATE SET requests = rate_limit_windows.requests + excluded.requests
            RETURNING requests
            """, new { key, minute = minute.ToUniversalTime(), requests }, cancellationToken: cancellationToken));
        if (count == requests)
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM rate_limit_windows WHERE window_start < @before",
                new { before = minute.ToUniversalTime().AddMinutes(-2) }, cancellationToken: cancellationToken));
        return count;
    }
}
