namespace Matching.Cli.Output;

public static class ServiceHints
{
    public static string NotReachable(string what, Uri address, string reason) =>
        $"Cannot reach the {what} at {address} ({reason}).{Environment.NewLine}" +
        "Is the service running? Start it with `make run` and try again.";
}
