using System.Text;
using System.Text.RegularExpressions;

namespace PerfPublish.Write.Data;

/// <summary>
/// Writes an open-data table as CSV (RFC 4180: comma, double quotes, CRLF) in UTF-8 with a byte
/// order mark, which is what makes Excel read the Chinese as Chinese instead of as mojibake.
/// </summary>
public static partial class CsvWriter
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static byte[] Write(DataTable table)
    {
        var csv = new StringBuilder();
        Line(csv, table.Fields.Select(f => f.Name));
        foreach (var row in table.Rows)
            Line(csv, row.Select((cell, i) => table.Fields[i].Type == FieldType.String ? Inert(cell) : cell));
        return [.. ByteOrderMark, .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");

    /// <summary>Quotes a cell when it holds a separator, a quote, a line break or edge spaces.</summary>
    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 || cell != cell.Trim()
            ? "\"" + cell.Replace("\"", "\"\"") + "\""
            : cell;

    /// <summary>
    /// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
    /// formula, which can fetch URLs or start programs (CSV injection). Such a text cell gets a leading
    /// apostrophe, the escape spreadsheets themselves use; a plain signed number such as -5% is left alone.
    /// </summary>
    public static string Inert(string cell) =>
        cell.Length > 0 && "=+-@\t\r".Contains(cell[0]) && !SignedNumber().IsMatch(cell) ? "'" + cell : cell;

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?%?$")]
    private static partial Regex SignedNumber();
}
