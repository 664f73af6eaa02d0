using Dapper;
using Matching.ServiceDefaults.Storage;

namespace Matching.Learning.Fairness;

/// <summary>Monitoring attributes in their own table of the shared PostgreSQL database.</summary>
public sealed class PostgresMonitoringStore(PostgresDatabase database) : IMonitoringStore
{
    public async Task SaveAsync(MonitoringProfile profile, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO monitoring (candidate_ref, birth_year, gender, statushouder) VALUES (@CandidateRef, @BirthYear, @Gender, @Statushouder)
            ON CONFLICT (candidate_ref) DO UPDATE SET birth_year = excluded.birth_year, gender = excluded.gender, statushouder = excluded.statushouder
            """, new { profile.CandidateRef, profile.BirthYear, Gender = profile.Gender?.ToString(), profile.Statushouder }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyDictionary<string, MonitoringProfile>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var rows = await connection.QueryAsync<(string CandidateRef, int? BirthYear, string? Gender, bool? Statushouder)>(new CommandDefinition(
            "SELECT candidate_ref, birth_year, gender, statushouder FROM monitoring", cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.CandidateRef,
            r => new MonitoringProfile(r.CandidateRef, r.BirthYear, r.Gender is null ? null : Enum.Parse<MonitoredGender>(r.Gender), r.Statushouder),
            StringComparer.Ordinal);
    }
}
