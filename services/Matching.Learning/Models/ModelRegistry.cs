using System.Text.Json;
using Matching.Learning.Training;
using Matching.Domain;
using Matching.Domain.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matching.Learning.Models;

/// <summary>
/// Versioned model files: &lt;models&gt;/&lt;version&gt;/model.zip and metadata.json; current.json names the promoted
/// version. Files are written to a temporary name and moved, so a reader never sees half a model.
/// </summary>
public sealed class ModelRegistry : IModelRegistry
{
    private const string CurrentFile = "current.json";

    [ActivatorUtilitiesConstructor]
    public ModelRegistry(IOptions<LearningOptions> options) : this(options.Value.ModelsDirectory) { }

    public ModelRegistry(string directory) => Directory = Path.GetFullPath(directory);

    public string Directory { get; }

    public string CurrentPath => Path.Combine(Directory, CurrentFile);

    public string Location => Directory;

    /// <summary>current.json's content (the promoted version) and write time: a promotion rewrites it.</summary>
    public string CurrentStamp()
    {
        try
        {
            return File.Exists(CurrentPath)
                ? File.ReadAllText(CurrentPath) + "@" + File.GetLastWriteTimeUtc(CurrentPath).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : "";
        }
        catch (FileNotFoundException)
        {
            return "";
        }
    }

    public void Save(LearnedModel model, ModelMetadata metadata)
    {
        var folder = Path.Combine(Directory, metadata.Version);
        System.IO.Directory.CreateDirectory(folder);
        var zip = Path.Combine(folder, "model.zip");
        model.Save(zip + ".tmp");
        File.Move(zip + ".tmp", zip, overwrite: true);
        WriteJson(Path.Combine(folder, "metadata.json"), metadata);
        if (metadata.Promoted) WriteJson(CurrentPath, new CurrentModel(metadata.Version));
    }

    public ModelMetadata? Metadata(string version)
    {
        var path = Path.Combine(Directory, version, "metadata.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(path), DomainJson.Options) : null;
    }

    public ModelMetadata? Current() =>
        File.Exists(CurrentPath) && JsonSerializer.Deserialize<CurrentModel>(File.ReadAllText(CurrentPath), DomainJson.Options) is { } current
            ? Metadata(current.Version)
            : null;

    /// <summary>The promoted model, when there is one trained on today's feature schema.</summary>
    public (LearnedModel Model, ModelMetadata Metadata)? LoadCurrent()
    {
        var metadata = Current();
        if (metadata is null || metadata.FeatureSchema != FeatureVector.SchemaVersion) return null;
        return (LearnedModel.Load(Path.Combine(Directory, metadata.Version, "model.zip")), metadata);
    }

    public IReadOnlyList<ModelMetadata> All() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetDirectories(Directory).Select(d => Metadata(Path.GetFileName(d))).OfType<ModelMetadata>().OrderBy(m => m.TrainedAt).ToList()
            : [];

    private static void WriteJson<T>(string path, T value)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(value, new JsonSerializerOptions(DomainJson.Options) { WriteIndented = true }));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private sealed record CurrentModel(string Version);
}
