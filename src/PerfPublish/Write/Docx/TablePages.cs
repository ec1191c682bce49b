using System.Collections.Immutable;
using Model = PerfPublish.Model;

namespace PerfPublish.Write.Docx;

/// <summary>
/// Where a table may break across pages, decided before layout so Word, WPS and LibreOffice all keep to it.
/// A group of rows under one label in the first column (a 一级指标 with its 二级/三级指标) is kept on one page:
/// every row but its last is kept with the next one. A group too tall for a page is cut between its 二级指标
/// groups (or, where one of those is too tall, between rows) into pieces that fit, and each piece prints the
/// labels it runs under again: a merged cell's text stays on the page it starts on, so without the reprint a
/// continued page would show rows with no 一级指标. A table's first or last group of one row is kept with its
/// neighbour, so no row stands alone on a page.
/// </summary>
internal static class TablePages
{
    /// <summary>A page's text height is not all a group can have: the title block and the repeated header rows share it.</summary>
    private const double Usable = 0.85;

    /// <param name="FitsOnePage">Whether the whole table fits one page: a form without header rows is then kept whole.</param>
    public sealed record Plan(Model.Table Table, bool[] KeepWithNext, bool FitsOnePage);

    public static Plan For(Model.Table table, int[] grid, int textHeight)
    {
        var heights = DocxRowHeights.Of(table, grid);
        var body = Enumerable.Range(0, table.Rows.Length).Where(r => !table.Rows[r].IsHeader).ToList();
        if (body.Count == 0) return new Plan(table, new bool[table.Rows.Length], true);
        var headerHeight = Enumerable.Range(0, table.Rows.Length).Where(r => table.Rows[r].IsHeader).Sum(r => heights[r]);
        var capacity = (int)((textHeight - headerHeight) * Usable);
        int Height(Range rows) => Enumerable.Range(rows.Start.Value, rows.End.Value - rows.Start.Value).Sum(r => heights[r]);

        var chunks = new List<Range>();
        foreach (var group in Groups(table, body, column: 0))
        {
            if (Height(group) <= capacity) chunks.Add(group);
            else chunks.AddRange(Pack(Groups(table, [.. Enumerable.Range(group.Start.Value, group.End.Value - group.Start.Value)], column: 1), Height, capacity));
        }

        var cut = chunks.Skip(1).Select(c => c.Start.Value).Aggregate(table, CutMerges);
        var keep = new bool[table.Rows.Length];
        foreach (var chunk in chunks)
            for (var r = chunk.Start.Value; r < chunk.End.Value - 1; r++) keep[r] = true;
        KeepLoneEnds(chunks, keep, Height, capacity);
        return new Plan(cut, keep, heights.Sum() <= capacity);
    }

    /// <summary>Consecutive rows under one cell of the given column, in the order of the body; a row no cell spans is a group of its own.</summary>
    private static IEnumerable<Range> Groups(Model.Table table, List<int> rows, int column)
    {
        var cells = Model.TableGrid.Of(table);
        var start = rows[0];
        for (var i = 1; i <= rows.Count; i++)
        {
            if (i < rows.Count && SameCell(cells, rows[i - 1], rows[i], column)) continue;
            yield return new Range(start, rows[i - 1] + 1);
            if (i < rows.Count) start = rows[i];
        }
    }

    private static bool SameCell(Model.TableGrid cells, int above, int below, int column) =>
        cells.Covering(below, column) is { } cell && cell.Row <= above && cells.Covering(above, column) == cell;

    /// <summary>Groups put together in order while they fit a page; a group taller than a page is split between its rows.</summary>
    private static IEnumerable<Range> Pack(IEnumerable<Range> groups, Func<Range, int> height, int capacity)
    {
        Range? open = null;
        foreach (var group in groups.SelectMany(g => height(g) <= capacity ? [g] : Rows(g)))
        {
            if (open is { } current && height(new Range(current.Start, group.End)) <= capacity) { open = new Range(current.Start, group.End); continue; }
            if (open is { } full) yield return full;
            open = group;
        }

        if (open is { } last) yield return last;
    }

    private static IEnumerable<Range> Rows(Range group) =>
        Enumerable.Range(group.Start.Value, group.End.Value - group.Start.Value).Select(r => new Range(r, r + 1));

    /// <summary>A first or last piece of one row is kept with the piece beside it, where both fit a page.</summary>
    private static void KeepLoneEnds(List<Range> chunks, bool[] keep, Func<Range, int> height, int capacity)
    {
        if (chunks.Count < 2) return;
        if (IsOneRow(chunks[0]) && height(new Range(chunks[0].Start, chunks[1].End)) <= capacity) keep[chunks[0].Start.Value] = true;
        if (IsOneRow(chunks[^1]) && height(new Range(chunks[^2].Start, chunks[^1].End)) <= capacity) keep[chunks[^2].End.Value - 1] = true;
    }

    private static bool IsOneRow(Range chunk) => chunk.End.Value - chunk.Start.Value == 1;

    /// <summary>
    /// Every cell spanning down across the row ends above it, and a copy of it (same text, the rest of its span)
    /// starts on it: the label is printed again where the piece starts.
    /// </summary>
    private static Model.Table CutMerges(Model.Table table, int row)
    {
        var cells = Model.TableGrid.Of(table);
        var rows = table.Rows.ToArray();
        for (var column = 0; column < cells.Columns; column++)
        {
            if (cells.Covering(row, column) is not { } origin || origin.Row == row) continue;
            var cell = rows[origin.Row].Cells[origin.Cell];
            if (column > 0 && cells.Covering(row, column - 1) == origin) continue;
            rows[origin.Row] = rows[origin.Row] with { Cells = rows[origin.Row].Cells.SetItem(origin.Cell, cell with { RowSpan = row - origin.Row }) };
            var copy = cell with { RowSpan = origin.Row + cell.RowSpan - row };
            var before = Enumerable.Range(column, cells.Columns - column).Select(c => cells.Covering(row, c)).Where(o => o is { } at && at.Row == row).Distinct().Count();
            rows[row] = rows[row] with { Cells = rows[row].Cells.Insert(rows[row].Cells.Length - before, copy) };
        }

        return table with { Rows = [.. rows] };
    }
}
