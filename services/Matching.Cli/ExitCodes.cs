namespace Matching.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The call failed: service unreachable, an RPC error, or a bad response.</summary>
    public const int Failed = 1;
    /// <summary>Unknown command or bad arguments.</summary>
    public const int Usage = 2;
}
