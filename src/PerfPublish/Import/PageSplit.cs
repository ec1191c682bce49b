namespace PerfPublish.Import;

/// <summary>
/// A form's table that an office continued on the next page as a table of its own, its header row typed again on top
/// (Word's "repeat header row" does the same inside one table; typed by hand it is two). The continuation's rows are
/// the same table: read as one, the repeated header counted as the form's own words, so no indicator becomes a note.
/// </summary>
public static class PageSplit
{
    public static IReadOnlyList<WordTable> Join(IReadOnlyList<WordTable> tables, ImportLedger ledger)
    {
        var joined = new List<WordTable>();
        foreach (var table in tables)
        {
            if (joined.Count > 0 && Continues(joined[^1].Grid, table.Grid) is { } header)
            {
                foreach (var cell in table.Grid.Distinct(0).Where(c => !c.IsEmpty))
                    ledger.Account(cell.Place.ToString(), cell.Text, new ToPrinted("the header row repeated on the next page"));
                joined[^1] = joined[^1] with { Grid = new TableGrid([.. joined[^1].Grid.Rows, .. table.Grid.Rows.Skip(1)]) };
            }
            else joined.Add(table);
        }

        return joined;
    }

    /// <summary>The row of <paramref name="previous"/> that <paramref name="next"/> repeats as its first row: an indicator header, the same width and words.</summary>
    private static int? Continues(TableGrid previous, TableGrid next)
    {
        if (next.Rows.Count < 2 || next.Width != previous.Width) return null;
        var first = Keys(next, 0);
        if (!first.Contains(IndicatorReader.Level1) || !first.Contains(IndicatorReader.Level3)) return null;
        for (var r = 0; r < previous.Rows.Count; r++)
            if (Keys(previous, r).SequenceEqual(first)) return r;
        return null;
    }

    private static IReadOnlyList<string> Keys(TableGrid grid, int row) => [.. grid.Distinct(row).Select(c => ImportText.LabelKey(c.Text))];
}
