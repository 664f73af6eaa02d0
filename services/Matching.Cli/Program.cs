using System.Text;
using Matching.Cli;

// ✓ and ✗ in the explanations need UTF-8 on Windows consoles too.
Console.OutputEncoding = Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await CliApp.RunAsync(args, Console.Out, Console.Error, cancel.Token);
