namespace Matching.Workbench.Security;

/// <summary>Demo mode (Demo:Enabled, off unless set): the sign-in page offers the demo users.</summary>
public sealed record DemoMode(bool Enabled)
{
    public const string Key = "Demo:Enabled";
}
