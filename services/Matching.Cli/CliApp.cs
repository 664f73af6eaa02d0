using Matching.Cli.Commands;

namespace Matching.Cli;

/// <summary>Parses the command line and runs the chosen command; returns the process exit code.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        CommandOptions options;
        try
        {
            options = CommandLine.Parse(args);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync();
            await error.WriteLineAsync(Usage.Text);
            return ExitCodes.Usage;
        }
        return options switch
        {
            RankOptions rank => await new RankCommand(output, error).RunAsync(rank, cancellationToken),
            VacanciesOptions vacancies => await new VacanciesCommand(output, error).RunAsync(vacancies, cancellationToken),
            WeekdateOptions weekdate => await new WeekdateCommand(output, error).RunAsync(weekdate, cancellationToken),
            _ => await ShowHelp(output),
        };
    }

    private static async Task<int> ShowHelp(TextWriter output)
    {
        await output.WriteLineAsync(Usage.Text);
        return ExitCodes.Ok;
    }
}
