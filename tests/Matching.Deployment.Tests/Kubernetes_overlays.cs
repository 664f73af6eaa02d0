namespace Matching.Deployment.Tests;

/// <summary>
/// No API server runs here: each overlay is rendered with kubectl kustomize and every object checked against its
/// schema (core kinds, the operators' CRDs copied in tests/k8s/crds) and the project's policies.
/// </summary>
public sealed class Kubernetes_overlays
{
    [Theory]
    [InlineData("single-node")]
    [InlineData("production")]
    public void The_overlay_renders_and_every_object_is_valid_and_follows_the_policies(string overlay)
    {
        var result = OverlayValidator.Run(Repository.PathOf("k8s", "overlays", overlay));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains($"{overlay}: ", result.Output);
        Assert.EndsWith(" 0 problems", result.Output.Trim());
    }

    [Fact]
    public void The_validator_finds_every_fault_planted_in_a_broken_overlay()
    {
        var result = OverlayValidator.Run(Repository.PathOf("tests", "k8s", "fixtures", "broken"));

        Assert.Equal(1, result.ExitCode);
        string[] expected =
        [
            "Deployment/matching: schema: data/spec/template/spec/containers/0/imagePullPolicy must be equal to one of the allowed values",
            "RabbitmqCluster/matching-rabbitmq: schema: /spec must NOT have additional properties (replicass)",
            "Deployment/candidates: container candidates: needs readOnlyRootFilesystem",
            "Deployment/candidates: container candidates: needs an HTTP readinessProbe",
            "refers to Secret search-api-key, which the overlay does not define",
            "matching-vacancies:latest uses the tag \"latest\"",
            "Deployment/workbench: no PodDisruptionBudget selects its pods",
            "CronJob/weekdate-list: container matching-cli argument calls matching:5081, but Service matching exposes 8080, 8081",
            "Deployment/workbench: runs more than one pod at once but mounts ReadWriteOnce claim matching-data",
            "Deployment/workbench: runs more than one pod at once but keeps its state in files of its own (Storage__Provider is unset, not PostgreSQL)",
        ];
        foreach (var fault in expected) Assert.Contains(fault, result.Output);
        Assert.Contains("broken: 26 objects, 10 problems", result.Output);
    }

    [Fact]
    public void Production_runs_elasticsearch_and_rabbitmq_on_three_nodes_and_the_services_use_them()
    {
        var production = string.Join("\n", Directory.GetFiles(Repository.PathOf("k8s", "overlays", "production"), "*.yaml").Select(File.ReadAllText));

        Assert.Contains("kind: Elasticsearch", production);
        Assert.Contains("count: 3", production);
        Assert.Contains("replicas: 3", production);
        Assert.Contains("Search__Backend: Elasticsearch", production);
        Assert.Contains("Elasticsearch__Url: http://matching-search-es-http:9200", production);
    }

    [Fact]
    public void Production_keeps_every_services_state_in_postgresql_with_its_connection_string_from_a_secret()
    {
        var folder = Repository.PathOf("k8s", "overlays", "production");
        var kustomization = File.ReadAllText(Path.Combine(folder, "kustomization.yaml"));

        Assert.Contains("Storage__Provider: PostgreSQL", File.ReadAllText(Path.Combine(folder, "state-on-postgresql.yaml")));
        Assert.Contains("kind: Secret", File.ReadAllText(Path.Combine(folder, "postgresql-secrets.yaml")));
        foreach (var (service, key) in new[] { ("vacancies", "vacancies"), ("candidates", "candidates"), ("matching", "matching"), ("workbench", "matching") })
        {
            var patch = File.ReadAllText(Path.Combine(folder, $"postgres-{service}.yaml"));
            Assert.Contains($"name: {service}", patch);
            Assert.Contains("name: ConnectionStrings__Matching", patch);
            Assert.Contains("name: matching-postgres", patch);
            Assert.Contains($"key: {key}", patch);
            Assert.Contains($"path: postgres-{service}.yaml", kustomization);
        }
        Assert.DoesNotContain("Password=", string.Join("\n", Directory.GetFiles(folder, "*.yaml").Select(File.ReadAllText)).Replace("Password=...", ""));
    }

    [Fact]
    public void The_weekdate_has_one_source_per_deployment_the_cronjob()
    {
        var config = File.ReadAllText(Repository.PathOf("k8s", "base", "config.yaml"));
        Assert.Contains("Weekdate__Schedule__Enabled: \"false\"", config);
        Assert.Contains("kind: CronJob", File.ReadAllText(Repository.PathOf("k8s", "base", "weekdate-cronjob.yaml")));
    }
}
