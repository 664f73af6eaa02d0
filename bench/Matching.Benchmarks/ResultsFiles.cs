using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Matching.Benchmarks;

/// <summary>latest.json and its Markdown table (latest.md) beside it.</summary>
public static class ResultsFiles
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task<(string Json, string Markdown)> WriteAsync(BenchResults results, string path)
    {
        var json = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(json)!);
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(results, Json) + Environment.NewLine);
        var markdown = Path.ChangeExtension(json, ".md");
        await File.WriteAllTextAsync(markdown, ResultsTable.Render(results));
        return (json, markdown);
    }

    /// <summary>The targets of every run recomputed from its own measurements, written back with its table.</summary>
    public static async Task<(string Json, string Markdown)> RetargetAsync(string path)
    {
        var results = JsonSerializer.Deserialize<BenchResults>(await File.ReadAllTextAsync(path), Json)
                      ?? throw new InvalidDataException($"{path} holds no results.");
        var retargeted = results with { Runs = results.Runs.Select(r => r with { Targets = Targets.For(r, results.Machine.Cores) }).ToList() };
        return await WriteAsync(retargeted, path);
    }

    public static JsonNode Read(string path) =>
        JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} holds no JSON.");
}
