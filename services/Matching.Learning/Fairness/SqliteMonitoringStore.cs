using Matching.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace Matching.Learning.Fairness;

/// <summary>Monitoring attributes in their own SQLite file (monitoring.db), read only by the fairness report.</summary>
public sealed class SqliteMonitoringStore : IMonitoringStore
{
    private readonly SqliteDatabase _db;

    public SqliteMonitoringStore(IOptions<LearningOptions> options) : this(Path.Combine(options.Value.DataDirectory, "monitoring.db")) { }

    public SqliteMonitoringStore(string path) => _db = new SqliteDatabase(path, """
        CREATE TABLE IF NOT EXISTS monitoring (
            candidate_ref TEXT PRIMARY KEY,
            birth_year INTEGER,
            gender TEXT,
            statushouder INTEGER);
        """);

    public async Task SaveAsync(MonitoringProfile profile, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection, """
            INSERT INTO monitoring (candidate_ref, birth_year, gender, statushouder) VALUES ($c, $b, $g, $s)
            ON CONFLICT DO UPDATE SET birth_year = excluded.birth_year, gender = excluded.gender, statushouder = excluded.statushouder
            """, ("$c", profile.CandidateRef), ("$b", profile.BirthYear), ("$g", profile.Gender?.ToString()),
            ("$s", profile.Statushouder is { } s ? (s ? 1 : 0) : null));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, MonitoringProfile>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection, "SELECT candidate_ref, birth_year, gender, statushouder FROM monitoring");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new Dictionary<string, MonitoringProfile>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
            result[reader.GetString(0)] = new MonitoringProfile(reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetInt32(1),
                reader.IsDBNull(2) ? null : Enum.Parse<MonitoredGender>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetInt32(3) == 1);
        return result;
    }
}
