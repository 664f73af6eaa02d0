using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>
/// Compares JSON with a checked-in golden file (Golden/{name}.json, copied to the output). Both sides are parsed and
/// written back indented, so only content counts. A missing golden file is written to the source tree and the test
/// fails, so that a reviewer reads the new JSON before committing it.
/// </summary>
public static class GoldenJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void AssertMatches(string name, string actualJson, [CallerFilePath] string callerFile = "")
    {
        var actual = Normalise(actualJson);
        var fileName = name + ".json";
        var outputPath = Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "Golden", fileName);
        if (!File.Exists(outputPath))
        {
            var sourcePath = Path.Combine(Path.GetDirectoryName(callerFile)!, "Golden", fileName);
            Directory.CreateDirectory(Path.GetDirectoryName(sourcePath)!);
            File.WriteAllText(sourcePath, actual + Environment.NewLine);
            throw new XunitException(
                $"Golden file {fileName} did not exist; wrote it to {sourcePath}. Review the JSON and commit it, then run again.");
        }
        Assert.Equal(Normalise(File.ReadAllText(outputPath)), actual);
    }

    public static string Normalise(string json) =>
        (JsonNode.Parse(json) ?? throw new XunitException("JSON is null.")).ToJsonString(Indented).ReplaceLineEndings("\n");
}
