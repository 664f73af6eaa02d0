using System.Text.Json.Nodes;
using Matching.Benchmarks;

BenchOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(BenchOptions.Usage);
        return 0;
    }
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options is { Compare: { } previousFile, Current: { } currentFile })
{
    Console.WriteLine(ResultsComparison.Render(ResultsFiles.Read(previousFile), ResultsFiles.Read(currentFile), previousFile));
    return 0;
}

if (options.Retarget is { } resultsFile)
{
    var (_, table) = await ResultsFiles.RetargetAsync(resultsFile);
    Console.WriteLine(File.ReadAllText(table));
    return 0;
}

var results = await new BenchSuite(options, Console.WriteLine).RunAsync();
var (json, markdown) = await ResultsFiles.WriteAsync(results, options.Out);
Console.WriteLine();
Console.WriteLine(File.ReadAllText(markdown));
Console.WriteLine($"Results: {json} and {markdown}");
if (options.Compare is { } previous)
    Console.WriteLine(ResultsComparison.Render(ResultsFiles.Read(previous), ResultsFiles.Read(json), previous));
return 0;
