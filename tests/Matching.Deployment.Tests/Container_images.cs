using System.Text.RegularExpressions;

namespace Matching.Deployment.Tests;

/// <summary>
/// The images cannot be built here (no container engine), so their settings are checked where they are declared:
/// each deployable project's file.
/// </summary>
public sealed class Container_images
{
    public const int HealthPort = 8080;

    public static TheoryData<string> Projects() => new(ContainerSettings.DeployableProjects().Select(Path.GetFileNameWithoutExtension)!);

    private static ContainerSettings Settings(string project) =>
        ContainerSettings.Read(ContainerSettings.DeployableProjects().Single(p => Path.GetFileNameWithoutExtension(p) == project));

    [Fact]
    public void The_four_deployable_projects_are_found()
    {
        var found = ContainerSettings.DeployableProjects().Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Subset(found.ToHashSet(), new HashSet<string?> { "Vacancies.Api", "Candidates.Api", "Matching.Api", "Matching.Cli" });
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_image_runs_as_a_numeric_non_root_user(string project)
    {
        var user = Settings(project).User;
        Assert.True(int.TryParse(user, out var uid) && uid > 0,
            $"{project}: ContainerUser must be a numeric non-root id (runAsNonRoot can only verify a number), was '{user}'");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_image_has_a_repository_and_a_version_tag_never_latest(string project)
    {
        var settings = Settings(project);
        Assert.False(string.IsNullOrWhiteSpace(settings.Repository), $"{project}: ContainerRepository is missing");
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+"), settings.Tag ?? "");
        Assert.NotEqual("latest", settings.Tag);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_service_image_exposes_the_health_port_and_binds_it_on_all_interfaces(string project)
    {
        var settings = Settings(project);
        if (project == "Matching.Cli") return; // a job, not a server
        Assert.Contains(HealthPort, settings.Ports);
        Assert.Equal($"http://+:{HealthPort}", settings.Environment.GetValueOrDefault("Kestrel__Endpoints__Rest__Url"));
        Assert.Equal("Http1", settings.Environment.GetValueOrDefault("Kestrel__Endpoints__Rest__Protocols"));
    }

    [Fact]
    public void The_matching_image_serves_grpc_on_its_own_h2c_port()
    {
        var settings = Settings("Matching.Api");
        Assert.Contains(8081, settings.Ports);
        Assert.Equal("Http2", settings.Environment.GetValueOrDefault("Kestrel__Endpoints__Grpc__Protocols"));
    }

    [SkippableTheory]
    [InlineData("matching-vacancies")]
    [InlineData("matching-candidates")]
    [InlineData("matching-api")]
    [InlineData("matching-cli")]
    [InlineData("matching-workbench")]
    public void Every_image_the_manifests_run_is_built_by_a_project(string image)
    {
        var kustomization = File.ReadAllText(Repository.PathOf("k8s", "base", "kustomization.yaml"));
        Assert.Contains($"- name: {image}", kustomization);
        Skip.If(image == "matching-workbench" && !Directory.Exists(Repository.PathOf("services", "Matching.Workbench")),
            "services/Matching.Workbench is not in this tree yet");
        Assert.Contains(image, ContainerSettings.DeployableProjects().Select(p => ContainerSettings.Read(p).Repository));
    }
}
