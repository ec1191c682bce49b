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
        foreach (var row in table.Rows)
            Line(csv, row.Select((cell, i) => table.Fields[i].Type == ColumnType.String ? Inert(cell) : cell));
        return [.. Header(table), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>
    /// One table made of many written by <see cref="Write"/> with the same fields: the header once, then
    /// each file's rows as they are, copied stream to stream so no file is held whole.
    /// </summary>
    public static void Stack(Stream output, DataTable table, IEnumerable<(string Path, Func<Stream> Open)> files)
    {
        var header = Header(table);
        output.Write(header);
        var start = new byte[header.Length];
        foreach (var (path, open) in files)
        {
            using var file = open();
            file.ReadExactly(start);
            if (!start.AsSpan().SequenceEqual(header))
                throw new InvalidDataException($"{path} does not start with the header of {table.FileName}: it was not written for this table.");
            file.CopyTo(output);
        }
    }

    /// <summary>The byte order mark and the line of field names.</summary>
    private static byte[] Header(DataTable table)
    {
        var csv = new StringBuilder();
        Line(csv, table.Fields.Select(f => f.Name));
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
