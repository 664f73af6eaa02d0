using Matching.Learning.Training;

namespace Matching.Learning.Models;

/// <summary>
/// Versioned learned models and which one is promoted. Files in a folder on one machine (<see cref="ModelRegistry"/>),
/// or the shared PostgreSQL database (<see cref="PostgresModelRegistry"/>) so a promotion reaches every replica.
/// </summary>
public interface IModelRegistry
{
    /// <summary>Where the models are, for people and logs (a folder, or "postgresql").</summary>
    string Location { get; }

    /// <summary>Stores a new version (model and metadata together); promotes it when its metadata says so.</summary>
    void Save(LearnedModel model, ModelMetadata metadata);

    ModelMetadata? Metadata(string version);

    /// <summary>The promoted version's metadata, or null before any promotion.</summary>
    ModelMetadata? Current();

    /// <summary>The promoted model, when there is one trained on today's feature schema.</summary>
    (LearnedModel Model, ModelMetadata Metadata)? LoadCurrent();

    IReadOnlyList<ModelMetadata> All();

    /// <summary>Changes whenever another version is promoted: cheap to read, so replicas can poll it.</summary>
    string CurrentStamp();
}
