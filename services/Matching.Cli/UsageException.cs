namespace Matching.Cli;

/// <summary>The command line could not be understood; the message says what was wrong.</summary>
public sealed class UsageException(string message) : Exception(message);
