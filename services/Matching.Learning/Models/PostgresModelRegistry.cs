using System.Text.Json;
using Dapper;
using Matching.Domain;
using Matching.Domain.Scoring;
using Matching.Learning.Training;
using Matching.ServiceDefaults.Storage;

namespace Matching.Learning.Models;

/// <summary>
/// Learned models in the shared PostgreSQL database: a version's model and metadata are stored, and promoted, in one
/// transaction, so every replica sees the same promoted model (within its refresh interval) and never half a model.
/// ML.NET reads and writes models as files: they pass through a temporary file on the way in and out.
/// </summary>
public sealed class PostgresModelRegistry(PostgresDatabase database) : IModelRegistry
{
    public string Location => "postgresql (learned_models)";

    public void Save(LearnedModel model, ModelMetadata metadata)
    {
        var bytes = WithTemporaryFile(path =>
        {
            model.Save(path);
            return File.ReadAllBytes(path);
        });
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("""
            INSERT INTO learned_models (version, trained_at, metadata, model) VALUES (@Version, @TrainedAt, @Metadata::jsonb, @Model)
            ON CONFLICT (version) DO UPDATE SET trained_at = EXCLUDED.trained_at, metadata = EXCLUDED.metadata, model = EXCLUDED.model
            """, new { metadata.Version, TrainedAt = metadata.TrainedAt.ToUniversalTime(), Metadata = Json(metadata), Model = bytes }, transaction);
        if (metadata.Promoted)
            connection.Execute("""
                INSERT INTO promoted_model (only_row, version, promoted_at) VALUES (true, @Version, now())
                ON CONFLICT (only_row) DO UPDATE SET version = EXCLUDED.version, promoted_at = EXCLUDED.promoted_at
                """, new { metadata.Version }, transaction);
        transaction.Commit();
    }

    public ModelMetadata? Metadata(string version)
    {
        using var connection = Open();
        return Read(connection.ExecuteScalar<string?>("SELECT metadata::text FROM learned_models WHERE version = @version", new { version }));
    }

    public ModelMetadata? Current()
    {
        using var connection = Open();
        return Read(connection.ExecuteScalar<string?>(
            "SELECT m.metadata::text FROM promoted_model p JOIN learned_models m ON m.version = p.version"));
    }

    public (LearnedModel Model, ModelMetadata Metadata)? LoadCurrent()
    {
        using var connection = Open();
        var row = connection.QuerySingleOrDefault<(string Metadata, byte[] Model)>(
            "SELECT m.metadata::text, m.model FROM promoted_model p JOIN learned_models m ON m.version = p.version");
        if (Read(row.Metadata) is not { } metadata || metadata.FeatureSchema != FeatureVector.SchemaVersion) return null;
        var model = WithTemporaryFile(path =>
        {
            File.WriteAllBytes(path, row.Model);
            return LearnedModel.Load(path);
        });
        return (model, metadata);
    }

    public IReadOnlyList<ModelMetadata> All()
    {
        using var connection = Open();
        return connection.Query<string>("SELECT metadata::text FROM learned_models ORDER BY trained_at, version")
            .Select(Read).OfType<ModelMetadata>().ToList();
    }

    public string CurrentStamp()
    {
        using var connection = Open();
        return connection.ExecuteScalar<string?>("SELECT version || '@' || promoted_at::text FROM promoted_model") ?? "";
    }

    private Npgsql.NpgsqlConnection Open()
    {
        database.EnsureSchema(typeof(PostgresModelRegistry).Assembly);
        return database.DataSource.OpenConnection();
    }

    private static string Json(ModelMetadata metadata) => JsonSerializer.Serialize(metadata, DomainJson.Options);

    private static ModelMetadata? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<ModelMetadata>(json, DomainJson.Options);

    private static T WithTemporaryFile<T>(Func<string, T> use)
    {
        var path = Path.Combine(Path.GetTempPath(), "matching-model-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            return use(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
