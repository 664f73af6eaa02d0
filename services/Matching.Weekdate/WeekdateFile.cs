namespace Matching.Weekdate;

public enum WeekdateFileFormat { Html, Csv }

/// <summary>A generated list's HTML or CSV file opened for reading (the caller disposes it), with the generation it belongs to.</summary>
public sealed record WeekdateFile(WeekdateGeneration Generation, WeekdateFileFormat Format, string FileName, Stream Content) : IAsyncDisposable
{
    public string ContentType => Format == WeekdateFileFormat.Html ? "text/html; charset=utf-8" : "text/csv; charset=utf-8";

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
