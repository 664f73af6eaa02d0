namespace Matching.Host;

/// <summary>
/// Names the all-in-one host's assembly for WebApplicationFactory. Every web project here gets a public generated
/// Program class, so tests that see several of them point at this type instead.
/// </summary>
public sealed class HostAssembly;
