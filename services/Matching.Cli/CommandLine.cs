namespace Matching.Cli;

/// <summary>Turns the arguments into the options of one command, or throws <see cref="UsageException"/>.</summary>
public static class CommandLine
{
    public static readonly Uri DefaultGrpcAddress = new("http://127.0.0.1:5081");
    public static readonly Uri DefaultRestAddress = new("http://127.0.0.1:5080");
    public const string DefaultParty = "GM0148";
    public const int DefaultTop = 10;
    public const int MaxTop = 100;
    public const string DefaultWeekdateOutput = "out/weekdate";

    public static CommandOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0) throw new UsageException("No command given.");
        if (args[0] is "--help" or "-h" or "help") return new HelpOptions();
        var options = OptionReader.Read(args, start: 1);
        if (options.ContainsKey("help")) return new HelpOptions();
        return args[0] switch
        {
            "rank" => ParseRank(options),
            "vacancies" => ParseVacancies(options),
            "weekdate" => ParseWeekdate(options),
            _ => throw new UsageException($"Unknown command '{args[0]}'."),
        };
    }

    private static RankOptions ParseRank(IReadOnlyDictionary<string, string> options)
    {
        OptionReader.AllowOnly(options, "vacancy", "party", "top", "grpc");
        if (!options.TryGetValue("vacancy", out var vacancy) || string.IsNullOrWhiteSpace(vacancy))
            throw new UsageException("rank needs --vacancy <id>.");
        var top = DefaultTop;
        if (options.TryGetValue("top", out var topText) && (!int.TryParse(topText, out top) || top is < 1 or > MaxTop))
            throw new UsageException($"--top must be a whole number from 1 to {MaxTop}; got '{topText}'.");
        return new RankOptions(
            vacancy.Trim(),
            options.TryGetValue("party", out var party) ? party.Trim() : DefaultParty,
            top,
            Address(options, "grpc", DefaultGrpcAddress));
    }

    private static VacanciesOptions ParseVacancies(IReadOnlyDictionary<string, string> options)
    {
        OptionReader.AllowOnly(options, "rest", "municipality");
        return new VacanciesOptions(
            Address(options, "rest", DefaultRestAddress),
            options.TryGetValue("municipality", out var municipality) ? municipality.Trim() : null);
    }

    private static WeekdateOptions ParseWeekdate(IReadOnlyDictionary<string, string> options)
    {
        OptionReader.AllowOnly(options, "party", "week", "out", "grpc");
        return new WeekdateOptions(
            options.TryGetValue("party", out var party) ? party.Trim() : DefaultParty,
            WeekText.Resolve(options.GetValueOrDefault("week"), DateTimeOffset.UtcNow),
            options.TryGetValue("out", out var output) && !string.IsNullOrWhiteSpace(output) ? output : DefaultWeekdateOutput,
            Address(options, "grpc", DefaultGrpcAddress));
    }

    private static Uri Address(IReadOnlyDictionary<string, string> options, string name, Uri fallback)
    {
        if (!options.TryGetValue(name, out var text)) return fallback;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return uri;
        throw new UsageException($"--{name} must be an http:// or https:// address; got '{text}'.");
    }
}
