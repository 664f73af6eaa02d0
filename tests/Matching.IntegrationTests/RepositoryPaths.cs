namespace Matching.IntegrationTests;

/// <summary>Where the repository and its built services are, found from the test assembly's folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeScript => Path.Combine(Root, "scripts", "rabbitmq-node.sh");

    /// <summary>The matching service's own build output, in the configuration these tests were built in.</summary>
    public static string MatchingApiDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent?.Name ?? "Debug";
            var dll = Path.Combine(Root, "services", "Matching.Api", "bin", configuration, "net10.0", "Matching.Api.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build services/Matching.Api first.", dll);
        }
    }

    public static string NewTempFolder(string purpose)
    {
        var folder = Path.Combine(Path.GetTempPath(), "matching-integration", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Matching.sln"))) return dir.FullName;
        throw new InvalidOperationException("Matching.sln not found above " + AppContext.BaseDirectory);
    }
}
