namespace Matching.Workbench.Security;

/// <summary>Whether the sign-in page offers the demo users: exactly when demo mode (Demo:Enabled) is on.</summary>
public sealed record DemoSignIn(bool Enabled);
