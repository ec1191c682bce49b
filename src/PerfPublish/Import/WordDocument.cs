namespace PerfPublish.Import;

/// <summary>
/// A Word file read as an office typed it: its body in order, paragraphs and tables, nothing else.
/// Recognition works on this model only, so it never depends on how the XML spelled a merge or a break.
/// </summary>
public sealed record WordDocument(IReadOnlyList<WordBlock> Blocks)
{
    public IEnumerable<WordTable> Tables => Blocks.OfType<WordTable>();
}

public abstract record WordBlock;

/// <summary>
/// One body paragraph. <see cref="Number"/> counts body paragraphs from 1 (tables' paragraphs not
/// included), which is how a warning names its place. Bold is true when every piece of text is bold,
/// directly or through the style: offices mark titles that way instead of with heading styles. Style is
/// the paragraph style's name ("toc 2", "Title").
/// </summary>
public sealed record WordParagraph(int Number, string Text, bool Bold, string? Style, int? HeadingLevel, WordNumbering? Numbering) : WordBlock
{
    public bool IsEmpty => Text.Trim(ImportText.Blanks).Length == 0;

    public string Place => $"paragraph {Number}";
}

/// <summary>A paragraph's list numbering (w:numPr): which list and how deep.</summary>
public sealed record WordNumbering(string ListId, int Level);

/// <summary>One body table, numbered from 1 in document order, as a rectangular grid.</summary>
public sealed record WordTable(int Number, TableGrid Grid) : WordBlock;

/// <summary>Where a cell's text came from, as Word counts: table n, row r, cell c (c counts the row's cells, not grid columns).</summary>
public sealed record CellPlace(int Table, int Row, int Cell)
{
    public override string ToString() => $"table {Table}, row {Row}, cell {Cell}";
}

/// <summary>
/// One position of the grid. A cell spanning several columns (gridSpan) or rows (vMerge) fills each
/// position it covers with the same <see cref="Place"/> and text; <see cref="Covered"/> marks the copies,
/// so a reader can walk positions without counting a merged cell twice.
/// </summary>
public sealed record GridCell(CellPlace Place, IReadOnlyList<string> Paragraphs, bool Covered)
{
    /// <summary>Tables typed inside the cell, each as its text (cells apart by a full-width space, rows by line breaks): never read as the cell's value.</summary>
    public IReadOnlyList<string> Nested { get; init; } = [];

    /// <summary>Where the cell's <paramref name="index"/>th nested table is (from 1).</summary>
    public string NestedPlace(int index) => $"{Place}, nested table {index}";

    /// <summary>The cell's paragraphs, empty ones and trailing breaks dropped, joined by line breaks.</summary>
    public string Text { get; } = string.Join("\n", Paragraphs.Select(p => p.Trim(ImportText.Blanks)).Where(p => p.Length > 0));

    public bool IsEmpty => Text.Length == 0;
}

/// <summary>A table normalised to rows of equal length: short rows are padded with empty cells.</summary>
public sealed record TableGrid(IReadOnlyList<IReadOnlyList<GridCell>> Rows)
{
    public int Width => Rows.Count == 0 ? 0 : Rows[0].Count;

    /// <summary>
    /// A row's cells left to right, a horizontally merged cell once. A vertically merged cell's lower
    /// rows keep their position (with the text above), so columns still line up row by row.
    /// </summary>
    public IReadOnlyList<GridCell> Distinct(int row) => [.. Starts(row).Select(start => start.Cell)];

    /// <summary>The row's distinct cells, each with the grid column it starts at.</summary>
    public IReadOnlyList<(GridCell Cell, int Column)> Starts(int row) =>
        [.. Rows[row].Select((cell, column) => (cell, column)).Where(s => s.column == 0 || Rows[row][s.column - 1].Place != s.cell.Place)];

    /// <summary>Every cell of the source once, in reading order.</summary>
    public IEnumerable<GridCell> Cells => Rows.SelectMany(row => row).Where(cell => !cell.Covered);
}
