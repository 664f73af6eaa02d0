using System.Runtime.InteropServices;

namespace Matching.Benchmarks;

/// <summary>The machine the numbers came from; load average at start says how much else was running.</summary>
public sealed record MachineFacts(
    int Cores, string? CpuModel, double? TotalMemoryGb, string? LoadAverageAtStart, string? LoadAverageAtEnd,
    string Os, string Runtime, string Configuration)
{
    public static MachineFacts Now() => new(
        Environment.ProcessorCount, ReadCpuModel(), ReadTotalMemoryGb(), LoadAverage(), null,
        RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, BuildConfiguration);

    public MachineFacts AtEnd() => this with { LoadAverageAtEnd = LoadAverage() };

    public const string BuildConfiguration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    private static string? ReadCpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;

    private static double? ReadTotalMemoryGb() =>
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024d / 1024 / 1024, 1);
}
