using System.Text;

namespace Matching.Cli.Output;

/// <summary>Left-aligned text columns, padded to the widest cell; columns listed in rightAligned hold numbers.</summary>
public static class TextTable
{
    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, params int[] rightAligned)
    {
        var widths = headers.Select(h => h.Length).ToArray();
        foreach (var row in rows)
            for (var c = 0; c < widths.Length; c++)
                widths[c] = Math.Max(widths[c], row[c].Length);
        var text = new StringBuilder();
        AppendRow(text, headers, widths, rightAligned);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('─', w))));
        foreach (var row in rows) AppendRow(text, row, widths, rightAligned);
        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths, int[] rightAligned)
    {
        var line = new StringBuilder();
        for (var c = 0; c < widths.Length; c++)
        {
            if (c > 0) line.Append("  ");
            line.Append(Array.IndexOf(rightAligned, c) >= 0 ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
        }
        text.AppendLine(line.ToString().TrimEnd());
    }
}
