namespace Matching.Search.Tests;

/// <summary>A fresh folder under the temp directory for one test's index, deleted afterwards.</summary>
public sealed class TempIndexFolder : IDisposable
{
    public string Path { get; } =
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "matching-search-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
