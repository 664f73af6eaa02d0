using System.Xml.Linq;

namespace Matching.Deployment.Tests;

/// <summary>The SDK container settings a project file declares (dotnet publish /t:PublishContainer reads them).</summary>
public sealed record ContainerSettings(string Project, string? Repository, string? Tag, string? User, IReadOnlyList<int> Ports, IReadOnlyDictionary<string, string> Environment)
{
    public static ContainerSettings Read(string projectFile)
    {
        var xml = XDocument.Load(projectFile);
        string? Property(string name) => xml.Descendants(name).LastOrDefault()?.Value.Trim();
        return new ContainerSettings(
            Path.GetFileNameWithoutExtension(projectFile),
            Property("ContainerRepository"),
            Property("ContainerImageTag"),
            Property("ContainerUser"),
            xml.Descendants("ContainerPort").Select(p => int.Parse((string)p.Attribute("Include")!)).ToList(),
            xml.Descendants("ContainerEnvironmentVariable").ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Value")!));
    }

    /// <summary>Every web project under services/ except the all-in-one host (a local convenience), and the CLI the CronJob runs.</summary>
    public static IEnumerable<string> DeployableProjects() =>
        Directory.GetFiles(Deployment.Tests.Repository.PathOf("services"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(p => Path.GetFileNameWithoutExtension(p) != "Matching.Host")
            .Where(p => XDocument.Load(p).Root?.Attribute("Sdk")?.Value == "Microsoft.NET.Sdk.Web" || Path.GetFileNameWithoutExtension(p) == "Matching.Cli")
            .Order();
}
