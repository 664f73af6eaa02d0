using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Matching.Benchmarks;

/// <summary>
/// Current against previous results, metric by metric for the pool sizes both hold. Read as JSON trees, so files
/// written by an older version of the benchmark still compare on the metrics they share.
/// </summary>
public static class ResultsComparison
{
    private static readonly string[] Compared = ["MedianMs", "P99Ms", "PerSecond", "Seconds", "Mb"];

    public static string Render(JsonNode previous, JsonNode current, string previousName)
    {
        var before = Metrics(previous);
        var after = Metrics(current);
        var text = new StringBuilder();
        text.AppendLine($"Compared with {previousName} (ratio = current / previous; below 1 is faster for ms and s, slower for /s):");
        text.AppendLine();
        text.AppendLine("| Metric | Previous | Current | Ratio |");
        text.AppendLine("|---|---:|---:|---:|");
        var shared = after.Keys.Where(before.ContainsKey).ToList();
        foreach (var key in shared)
        {
            var ratio = before[key] == 0 ? double.NaN : after[key] / before[key];
            text.AppendLine(CultureInfo.InvariantCulture, $"| {key} | {before[key]:0.###} | {after[key]:0.###} | {ratio:0.00} |");
        }
        if (shared.Count == 0) text.AppendLine("| (no pool size and metric in common) | | | |");
        return text.ToString();
    }

    /// <summary>"100k latency.endToEnd.p99Ms" → value, for every compared number of every run.</summary>
    public static Dictionary<string, double> Metrics(JsonNode results)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var run in results["runs"]?.AsArray() ?? [])
        {
            if (run?["candidates"]?.GetValue<int>() is not { } candidates) continue;
            Walk(run, ResultsTable.Size(candidates) + " ", "");
        }
        return metrics;

        void Walk(JsonNode? node, string size, string path)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, child) in obj)
                        if (name is not "targets") Walk(child, size, path.Length == 0 ? name : $"{path}.{name}");
                    break;
                case JsonArray array:
                    // Concurrency levels are told apart by their clients; plain lists of numbers (day medians) are not compared.
                    foreach (var item in array)
                        if (item is JsonObject level)
                            Walk(level, size, level["clients"] is { } clients ? $"{path}[{clients}]" : path);
                    break;
                case JsonValue value when value.TryGetValue<double>(out var number) && Compared.Any(c => path.EndsWith(c, StringComparison.OrdinalIgnoreCase)):
                    metrics[size + path] = number;
                    break;
            }
        }
    }
}
