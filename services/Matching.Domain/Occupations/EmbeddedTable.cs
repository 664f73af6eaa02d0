namespace Matching.Domain.Occupations;

/// <summary>The rows of a tab-separated table embedded in this assembly (Occupations/Data), after its header line.</summary>
internal static class EmbeddedTable
{
    /// <summary>Each non-empty row split at its tabs.</summary>
    public static IEnumerable<string[]> Rows(string resource)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return line.Split('\t');
    }
}
