using System.Xml.Linq;

namespace PerfPublish.Import;

/// <summary>
/// Turns a w:tbl into a rectangular <see cref="TableGrid"/>. Word writes a merged cell once, with a
/// gridSpan for the columns it covers and vMerge="continue" in each row below; here every grid
/// position gets a cell, the merged cell's copies marked <see cref="GridCell.Covered"/>. Rows that stop
/// short (or start late, w:gridBefore) are padded with empty cells, so column c means the same in every row.
/// </summary>
public static class TableReader
{
    private static readonly XNamespace W = SafeXml.W;

    // A form is a few dozen columns at most; these bounds keep a hostile table from costing time or memory.
    private const int MaxColumns = 256;
    private const int MaxRows = 10_000;

    public static TableGrid Read(XElement table, int number)
    {
        var rows = new List<List<GridCell>>();
        foreach (var (tr, r) in table.Elements(W + "tr").Take(MaxRows).Select((tr, i) => (tr, i + 1)))
            rows.Add(Row(tr, new CellPlace(number, r, 0), rows.LastOrDefault()));
        var width = rows.Count == 0 ? 0 : rows.Max(row => row.Count);
        for (var r = 0; r < rows.Count; r++)
            while (rows[r].Count < width) rows[r].Add(Blank(new CellPlace(number, r + 1, 0), rows[r].Count));
        return new TableGrid(WithoutEmptyColumns(rows, width));
    }

    /// <summary>
    /// The grid without columns that are empty in every row: a converter's or an office's stray column carries no
    /// text, but would stand between a label and its value. Places keep the source's cell numbers.
    /// </summary>
    private static List<List<GridCell>> WithoutEmptyColumns(List<List<GridCell>> rows, int width)
    {
        var empty = Enumerable.Range(0, width).Where(c => rows.All(row => row[c].IsEmpty)).ToHashSet();
        return empty.Count == 0 || empty.Count == width ? rows : [.. rows.Select(row => row.Where((_, c) => !empty.Contains(c)).ToList())];
    }

    private static List<GridCell> Row(XElement tr, CellPlace row, List<GridCell>? above)
    {
        var cells = new List<GridCell>();
        var before = Count(tr.Element(W + "trPr")?.Element(W + "gridBefore"));
        while (cells.Count < before) cells.Add(Blank(row, cells.Count));

        var number = 0;
        foreach (var tc in tr.Elements().SelectMany(CellsOf))
        {
            number++;
            var properties = tc.Element(W + "tcPr");
            var span = Math.Clamp(Count(properties?.Element(W + "gridSpan")), 1, MaxColumns);
            var paragraphs = tc.Descendants(W + "p").Select(WordRuns.Text).ToList();
            var cell = new GridCell(row with { Cell = number }, paragraphs, Covered: false);
            // A continued vertical merge shows the cell above; a "continue" that has text of its own is kept as its own cell.
            if (Continues(properties) && above is not null && cells.Count < above.Count && cell.IsEmpty)
                cell = above[cells.Count] with { Covered = true };
            for (var s = 0; s < span && cells.Count < MaxColumns; s++)
                cells.Add(s == 0 ? cell : cell with { Covered = true });
        }

        return cells;
    }

    /// <summary>Cells of a row, also those wrapped in a content control or a custom-XML element.</summary>
    private static IEnumerable<XElement> CellsOf(XElement element) =>
        element.Name == W + "tc" ? [element]
        : element.Name == W + "sdt" ? element.Element(W + "sdtContent")?.Elements().SelectMany(CellsOf) ?? []
        : element.Name == W + "customXml" ? element.Elements().SelectMany(CellsOf) : [];

    private static bool Continues(XElement? properties) =>
        properties?.Element(W + "vMerge") is { } merge && (string?)merge.Attribute(W + "val") is null or "continue";

    private static int Count(XElement? element) =>
        int.TryParse((string?)element?.Attribute(W + "val"), out var n) ? Math.Clamp(n, 0, MaxColumns) : 0;

    /// <summary>A padding cell: empty, and with a place of its own (a negative cell number) so it never merges with a neighbour.</summary>
    private static GridCell Blank(CellPlace row, int column) => new(row with { Cell = -column - 1 }, [], Covered: false);
}
