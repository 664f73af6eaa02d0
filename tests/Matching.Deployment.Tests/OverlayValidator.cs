using System.Diagnostics;

namespace Matching.Deployment.Tests;

/// <summary>Runs tests/k8s/validate-overlays.mjs (kubectl kustomize, schemas, policies) on one overlay folder.</summary>
public static class OverlayValidator
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string overlayDirectory)
    {
        var scripts = Repository.PathOf("tests", "k8s");
        if (!Directory.Exists(Path.Combine(scripts, "node_modules")))
            throw new InvalidOperationException("tests/k8s/node_modules is missing: run `npm ci --prefix tests/k8s` (make test does).");
        var info = new ProcessStartInfo("node") { WorkingDirectory = scripts, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("validate-overlays.mjs");
        info.ArgumentList.Add(overlayDirectory);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("validate-overlays.mjs did not finish within 5 minutes");
        }
        return new Result(process.ExitCode, stdout.Result + stderr.Result);
    }
}
