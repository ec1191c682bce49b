using Model = PerfPublish.Model;

namespace PerfPublish.Write.Docx;

/// <summary>
/// How tall a table row will print, estimated before any layout: Chinese text sets one em per character, so
/// the lines a cell takes follow from its column's width, in the Table Text style (10.5 pt on an exact 15 pt
/// line). An estimate decides only where a 一级指标 group too tall for one page is cut (TablePages); the PDF
/// tests check the pages LibreOffice actually makes.
/// </summary>
internal static class DocxRowHeights
{
    private const int Em = 210;            // 10.5 pt, in twentieths of a point
    private const int LineHeight = 300;    // Table Text's exact line spacing
    private const int CellMargins = 170 + 40;   // PerfTable's left and right cell margins, and the borders' share with room to spare
    private const int RowPadding = 60;     // borders and the space Word and LibreOffice keep around a line

    /// <summary>Each row's height in twentieths of a point; a cell spanning rows is left out (its text spreads over them).</summary>
    public static int[] Of(Model.Table table, int[] grid)
    {
        var cells = Model.TableGrid.Of(table);
        return [.. table.Rows.Select((row, r) =>
        {
            var lines = row.Cells.Select((cell, i) => cell.RowSpan == 1 && cells.Start(r, i) < grid.Length
                ? Lines(cell, DocxColumnWidths.Across(grid, cells.Start(r, i), cell.ColumnSpan)) : 1);
            return lines.DefaultIfEmpty(1).Max() * LineHeight + RowPadding;
        })];
    }

    /// <summary>The width of a cell whose lines hold <paramref name="ems"/> ems.</summary>
    public static int Width(double ems) => (int)Math.Ceiling(ems * Em) + CellMargins;

    /// <summary>How many ems of text a line of a cell this wide holds.</summary>
    public static double PerLine(int width) => Math.Max(1.0, (width - CellMargins) / (double)Em);

    private static int Lines(Model.TableCell cell, int width)
    {
        var perLine = PerLine(width);
        return Texts(cell.Content)
            .SelectMany(text => text.Split('\n'))
            .Sum(line => Math.Max(1, (int)Math.Ceiling(Ems(line) / perLine)));
    }

    private static IEnumerable<string> Texts(IEnumerable<Model.Block> blocks) => blocks.SelectMany(block => block switch
    {
        Model.Paragraph paragraph => [Model.Inline.PlainText(paragraph.Content)],
        Model.ListBlock list => list.Items.SelectMany(item => Texts(item)),
        _ => [],
    });

    private static double Ems(string line) => LabelLines.Ems(line);
}
