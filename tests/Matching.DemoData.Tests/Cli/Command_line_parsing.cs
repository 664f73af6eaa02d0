using Matching.Cli;

namespace Matching.DemoData.Tests.Cli;

public class Command_line_parsing
{
    [Fact]
    public void Rank_takes_defaults_for_party_top_and_address()
    {
        var options = Assert.IsType<RankOptions>(CommandLine.Parse(["rank", "--vacancy", "VAC-0001"]));
        Assert.Equal(new RankOptions("VAC-0001", "GM0148", 10, new Uri("http://127.0.0.1:5081")), options);
    }

    [Fact]
    public void Rank_reads_every_option_in_both_spellings()
    {
        var options = Assert.IsType<RankOptions>(CommandLine.Parse(
            ["rank", "--vacancy=VAC-0007", "--party", "UWV-ZWOLLE", "--top", "25", "--grpc=http://matching:9000"]));
        Assert.Equal(new RankOptions("VAC-0007", "UWV-ZWOLLE", 25, new Uri("http://matching:9000")), options);
    }

    [Fact]
    public void Vacancies_reads_municipality_and_rest_address()
    {
        var options = Assert.IsType<VacanciesOptions>(CommandLine.Parse(["vacancies", "--municipality", "GM0175", "--rest", "http://localhost:8080"]));
        Assert.Equal(new VacanciesOptions(new Uri("http://localhost:8080"), "GM0175"), options);
        Assert.Equal(new VacanciesOptions(new Uri("http://127.0.0.1:5080"), null), CommandLine.Parse(["vacancies"]));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("rank", "--help")]
    public void Help_is_recognised(params string[] args) => Assert.IsType<HelpOptions>(CommandLine.Parse(args));

    [Theory]
    [InlineData("rank")]
    [InlineData("rank", "--vacancy")]
    [InlineData("rank", "--vacancy", "VAC-1", "--top", "0")]
    [InlineData("rank", "--vacancy", "VAC-1", "--top", "many")]
    [InlineData("rank", "--vacancy", "VAC-1", "--grpc", "127.0.0.1:5081")]
    [InlineData("rank", "--vacancy", "VAC-1", "--vacancy", "VAC-2")]
    [InlineData("rank", "--vacancy", "VAC-1", "--colour", "red")]
    [InlineData("rank", "VAC-1")]
    [InlineData("vacancies", "--party", "GM0148")]
    [InlineData("match")]
    public void Bad_arguments_are_usage_errors(params string[] args) =>
        Assert.Throws<UsageException>(() => CommandLine.Parse(args));

    [Fact]
    public async Task Unknown_command_prints_usage_and_exits_with_2()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["frobnicate"], output, error);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Unknown command 'frobnicate'", error.ToString());
        Assert.Contains("Usage:", error.ToString());
    }

    [Fact]
    public async Task No_arguments_is_a_usage_error()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await CliApp.RunAsync([], new StringWriter(), error));
        Assert.Contains("rank --vacancy", error.ToString());
    }

    [Fact]
    public async Task Help_prints_usage_and_exits_with_0()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await CliApp.RunAsync(["--help"], output, new StringWriter()));
        Assert.Contains("matching-cli rank --vacancy <id>", output.ToString());
        Assert.Contains("make run", output.ToString());
    }
}
