namespace Matching.Cli;

/// <summary>
/// The key the CLI presents ("x-api-key"): $MATCHING_API_KEY, else the demo WSP key that a service without
/// configured clients accepts (see README "Partners and access").
/// </summary>
public static class ApiKey
{
    public const string Header = "x-api-key";
    public const string DemoKey = "demo-key-wsp";

    public static string Current => Environment.GetEnvironmentVariable("MATCHING_API_KEY") is { Length: > 0 } key ? key : DemoKey;

    public static Grpc.Core.Metadata Metadata() => new() { { Header, Current } };
}
