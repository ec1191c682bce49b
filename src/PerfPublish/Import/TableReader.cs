using System.Xml.Linq;
using PerfPublish.Diagnostics;

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

    public static TableGrid Read(XElement table, int number, bool placeholder, ImportReport report)
    {
        var rows = new List<List<GridCell>>();
        var prompts = new Dictionary<CellPlace, string>();
        var all = WordContent.Of(table, W + "tr", placeholder).ToList();
        foreach (var (tr, r) in all.Take(MaxRows).Select((tr, i) => (tr, i + 1)))
            rows.Add(Row(tr, new CellPlace(number, r, 0), rows.LastOrDefault(), prompts));
        var width = rows.Count == 0 ? 0 : rows.Max(row => row.Count);
        for (var r = 0; r < rows.Count; r++)
            while (rows[r].Count < width) rows[r].Add(Blank(new CellPlace(number, r + 1, 0), rows[r].Count));
        var grid = new TableGrid(WithoutEmptyColumns(rows, width));
        Register(grid, prompts, report);
        if (all.Count > MaxRows) LeaveOut(all.Skip(MaxRows), number, report);
        return grid;
    }

    /// <summary>Each cell's text, its placeholder prompt and its nested tables as pieces of the file's text (the ledger's).</summary>
    private static void Register(TableGrid grid, Dictionary<CellPlace, string> prompts, ImportReport report)
    {
        foreach (var cell in grid.Cells)
        {
            report.Ledger.Read(cell.Place.ToString(), cell.Text);
            if (prompts.TryGetValue(cell.Place, out var prompt)) DocxReader.Placeholder(report, cell.Place.ToString(), prompt);
            for (var i = 0; i < cell.Nested.Count; i++) report.Ledger.Read(cell.NestedPlace(i + 1), cell.Nested[i]);
        }
    }

    /// <summary>Rows past <see cref="MaxRows"/> are not read (a form has a few dozen): said with a warning, their text counted as left out.</summary>
    private static void LeaveOut(IEnumerable<Accepted> rows, int number, ImportReport report)
    {
        var place = $"table {number}, row {MaxRows + 1}";
        var text = string.Join("\n", rows.SelectMany(tr => tr.Element.Descendants(W + "p")).Select(WordRuns.Text));
        report.Ledger.Read(place, text);
        report.Ledger.Account(place, text, new ToWarning(Codes.ImportRowLimit));
        report.WarningAt(place, Codes.ImportRowLimit, "PP0613", MaxRows, rows.Count() + MaxRows);
    }

    /// <summary>
    /// The grid without columns that are empty in every row: a converter's or an office's stray column carries no
    /// text, but would stand between a label and its value. Places keep the source's cell numbers.
    /// </summary>
    private static List<List<GridCell>> WithoutEmptyColumns(List<List<GridCell>> rows, int width)
    {
        // A cell that holds only a nested table has no text of its own, but is no stray column: its table is kept.
        var empty = Enumerable.Range(0, width).Where(c => rows.All(row => row[c].IsEmpty && row[c].Nested.Count == 0)).ToHashSet();
        return empty.Count == 0 || empty.Count == width ? rows : [.. rows.Select(row => row.Where((_, c) => !empty.Contains(c)).ToList())];
    }

    private static List<GridCell> Row(Accepted tr, CellPlace row, List<GridCell>? above, Dictionary<CellPlace, string> prompts)
    {
        var cells = new List<GridCell>();
        var before = Count(tr.Element.Element(W + "trPr")?.Element(W + "gridBefore"));
        while (cells.Count < before) cells.Add(Blank(row, cells.Count));

        var number = 0;
        var width = GridWidth(tr.Element);
        foreach (var tc in WordContent.Of(tr.Element, W + "tc", tr.Placeholder))
        {
            number++;
            var properties = tc.Element.Element(W + "tcPr");
            var span = Math.Clamp(Count(properties?.Element(W + "gridSpan")), 1, Math.Max(1, width - cells.Count));
            var (paragraphs, nested, prompt) = Content(tc);
            var cell = new GridCell(row with { Cell = number }, paragraphs, Covered: false) { Nested = nested };
            // A continued vertical merge shows the cell above; a "continue" that has text of its own is kept as its own cell.
            if (Continues(properties) && above is not null && cells.Count < above.Count && cell.IsEmpty && nested.Count == 0)
                cell = above[cells.Count] with { Covered = true };
            else if (prompt.Length > 0) prompts[cell.Place] = prompt;
            // The cell itself always has its place, so its text is read; only the columns it covers stop at the limit.
            for (var s = 0; s < span && (s == 0 || cells.Count < MaxColumns); s++)
                cells.Add(s == 0 ? cell : cell with { Covered = true });
        }

        return cells;
    }

    /// <summary>
    /// A cell's paragraphs (and those of text boxes in it), the text of each table nested in it, and the placeholder
    /// prompts it shows. A nested table is kept apart: its rows are not the cell's value (a list of goals would gain one per row).
    /// </summary>
    private static (List<string> Paragraphs, List<string> Nested, string Prompt) Content(Accepted tc)
    {
        List<string> paragraphs = [], nested = [];
        var prompt = new System.Text.StringBuilder();
        foreach (var block in WordContent.Of(tc.Element, tc.Placeholder))
        {
            if (block.Element.Name == W + "tbl") nested.Add(NestedText(block));
            else if (block.Element.Name == W + "p") Paragraph(block, paragraphs, prompt);
        }

        return (paragraphs, nested, prompt.ToString());
    }

    private static void Paragraph(Accepted p, List<string> paragraphs, System.Text.StringBuilder prompt)
    {
        var text = WordRuns.Read(p.Element, p.Placeholder);
        paragraphs.Add(text.Text);
        if (text.Placeholder.Trim(ImportText.Blanks).Length > 0) prompt.Append(prompt.Length > 0 ? "\n" : "").Append(text.Placeholder);
        foreach (var box in text.TextBoxes)
        foreach (var inner in box.Descendants(W + "p")) paragraphs.Add(WordRuns.Text(inner));
    }

    /// <summary>A nested table as one text: its cells apart by a full-width space, its rows by line breaks, deeper tables flattened into their cells.</summary>
    private static string NestedText(Accepted table) =>
        ImportText.Clean(string.Join("\n", WordContent.Of(table.Element, W + "tr", table.Placeholder)
            .Select(tr => string.Join("　", WordContent.Of(tr.Element, W + "tc", tr.Placeholder)
                .Select(tc => ImportText.Clean(string.Join("\n", tc.Element.Descendants(W + "p").Select(WordRuns.Text))).Replace("\n", " "))))));

    /// <summary>
    /// The columns the table's w:tblGrid declares (or the limit without one). Word draws a cell no wider than the grid
    /// left of it, so a wrong gridSpan ("99999") must not push the row's later cells past the limit, unread.
    /// </summary>
    private static int GridWidth(XElement tr) =>
        tr.Ancestors(W + "tbl").FirstOrDefault()?.Element(W + "tblGrid")?.Elements(W + "gridCol").Count() is > 0 and var columns
            ? Math.Min(columns, MaxColumns)
            : MaxColumns;

    private static bool Continues(XElement? properties) =>
        properties?.Element(W + "vMerge") is { } merge && (string?)merge.Attribute(W + "val") is null or "continue";

    private static int Count(XElement? element) =>
        int.TryParse((string?)element?.Attribute(W + "val"), out var n) ? Math.Clamp(n, 0, MaxColumns) : 0;

    /// <summary>A padding cell: empty, and with a place of its own (a negative cell number) so it never merges with a neighbour.</summary>
    private static GridCell Blank(CellPlace row, int column) => new(row with { Cell = -column - 1 }, [], Covered: false);
}
