using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace PerfPublish.Tests.Support;

/// <summary>
/// A CSV's rows as a consumer reads them (RFC 4180: quoted cells may hold commas, doubled quotes and line
/// breaks), read by CsvHelper rather than by hand, so that the tests of the site's CSV files read them as a
/// spreadsheet or a data tool would. Cells are kept exactly, leading tabs and spaces too: a cell a spreadsheet
/// would run as a formula must still be seen.
/// </summary>
public static class CsvRows
{
    private static readonly CsvConfiguration Rfc4180 = new(CultureInfo.InvariantCulture)
    {
        // A blank line is a row of one empty cell, not nothing: the test sees what the writer wrote.
        IgnoreBlankLines = false,
    };

    /// <summary>The rows of <paramref name="csv"/>, the byte order mark the site's files start with (for Excel) not part of the first cell.</summary>
    public static List<string[]> Of(string csv)
    {
        using var parser = new CsvParser(new StringReader(csv.TrimStart('\uFEFF')), Rfc4180);
        var rows = new List<string[]>();
        while (parser.Read()) rows.Add(parser.Record!);
        return rows;
    }
}
