using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Matching.Domain.Validation;

namespace Matching.Candidates.Import;

/// <summary>
/// An uploaded CSV file as header and rows, read by CsvHelper's RFC 4180 parser (quoted fields, doubled quotes, line
/// breaks inside quotes). The delimiter is taken from the header line: ';' as Dutch spreadsheet programs write it,
/// else ','. A malformed quote is an error naming its line, never a silently merged or split cell.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<FieldError> errors)
    {
        Header = header;
        Rows = rows;
        Errors = errors;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>Lines the parser could not read as RFC 4180; when there are any, the file is refused as a whole.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    public static CsvTable Parse(string text)
    {
        var lineEnd = text.IndexOfAny(['\r', '\n']);
        var firstLine = lineEnd < 0 ? text : text[..lineEnd];
        var errors = new List<FieldError>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = firstLine.Contains(';') ? ";" : ",",
            HasHeaderRecord = false,
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            BadDataFound = bad => errors.Add(new($"line {bad.Context.Parser!.RawRow}",
                "has a quote inside a cell that does not start with one; put the whole cell in quotes and double each quote in it.")),
        };
        var records = new List<IReadOnlyList<string>>();
        using (var parser = new CsvParser(new StringReader(text), configuration))
        {
            while (parser.Read()) records.Add(parser.Record!);
        }
        if (errors.Count > 0 || records.Count == 0) return new CsvTable([], [], errors.DistinctBy(e => e.Field).ToList());
        return new CsvTable(records[0].Select(h => h.Trim()).ToArray(), records.Skip(1).ToArray(), []);
    }
}
