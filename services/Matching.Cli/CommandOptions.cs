namespace Matching.Cli;

/// <summary>What the command line asked for.</summary>
public abstract record CommandOptions;

public sealed record HelpOptions : CommandOptions;

/// <param name="VacancyId">The registered vacancy to rank for.</param>
/// <param name="Party">The requesting party; consent decides which candidates it may see.</param>
public sealed record RankOptions(string VacancyId, string Party, int Top, Uri GrpcAddress) : CommandOptions;

/// <param name="Municipality">Only vacancies of this municipality; null for all.</param>
public sealed record VacanciesOptions(Uri RestAddress, string? Municipality) : CommandOptions;

/// <param name="Week">ISO week like "2026-W48" (keywords already resolved).</param>
/// <param name="OutputDirectory">Where weekdate-&lt;party&gt;-&lt;week&gt;.html and .csv are written.</param>
public sealed record WeekdateOptions(string Party, string Week, string OutputDirectory, Uri GrpcAddress) : CommandOptions;
