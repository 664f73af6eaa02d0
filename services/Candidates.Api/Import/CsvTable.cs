using System.Text;

namespace Matching.Candidates.Import;

/// <summary>
/// A small RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes. The delimiter is taken from
/// the header line: ';' as Dutch spreadsheet programs write it, else ','.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public static CsvTable Parse(string text)
    {
        var lineEnd = text.IndexOfAny(['\r', '\n']);
        var firstLine = lineEnd < 0 ? text : text[..lineEnd];
        var delimiter = firstLine.Contains(';') ? ';' : ',';
        var records = ReadRecords(text, delimiter).Where(r => r.Count > 1 || r[0].Length > 0).ToList();
        if (records.Count == 0) return new CsvTable([], []);
        return new CsvTable(records[0].Select(h => h.Trim()).ToArray(), records.Skip(1).ToArray());
    }

    private static IEnumerable<IReadOnlyList<string>> ReadRecords(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
