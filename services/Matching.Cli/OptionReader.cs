namespace Matching.Cli;

/// <summary>Reads "--name value" and "--name=value" pairs; a bare "--help" is a flag.</summary>
internal static class OptionReader
{
    public static Dictionary<string, string> Read(IReadOnlyList<string> args, int start)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = start; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
                throw new UsageException($"Unexpected argument '{arg}'.");
            var name = arg[2..];
            string value;
            if (name.IndexOf('=') is var equals and > 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            else if (name == "help")
                value = "";
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                value = args[++i];
            else
                throw new UsageException($"--{name} needs a value.");
            if (!options.TryAdd(name, value)) throw new UsageException($"--{name} is given twice.");
        }
        return options;
    }

    public static void AllowOnly(IReadOnlyDictionary<string, string> options, params string[] allowed)
    {
        foreach (var name in options.Keys)
            if (Array.IndexOf(allowed, name) < 0)
                throw new UsageException($"Unknown option --{name}; this command takes {string.Join(", ", allowed.Select(a => "--" + a))}.");
    }
}
