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
    private const int CellMargins = 170;   // PerfTable's left and right cell margins
    private const int RowPadding = 60;     // borders and the space Word and LibreOffice keep around a line

    /// <summary>Each row's height in twentieths of a point; a cell spanning rows is left out (its text spreads over them).</summary>
    public static int[] Of(Model.Table table, int[] grid)
    {
        var heights = new int[table.Rows.Length];
        var coveredUntil = new int[grid.Length];
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var column = 0;
            var lines = 1;
            foreach (var cell in table.Rows[r].Cells)
            {
                while (column < grid.Length && coveredUntil[column] > r) column++;
                if (column >= grid.Length) break;
                var width = grid.Skip(column).Take(cell.ColumnSpan).Sum();
                for (var c = column; c < Math.Min(grid.Length, column + cell.ColumnSpan); c++) coveredUntil[c] = r + cell.RowSpan;
                if (cell.RowSpan == 1) lines = Math.Max(lines, Lines(cell, width));
                column += cell.ColumnSpan;
            }

            heights[r] = lines * LineHeight + RowPadding;
        }

        return heights;
    }

    private static int Lines(Model.TableCell cell, int width)
    {
        var perLine = Math.Max(1.0, (width - CellMargins) / (double)Em);
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

    /// <summary>A full-width character (Chinese, full-width punctuation) is one em; Latin letters and digits about half.</summary>
    private static double Ems(string line) => line.Sum(c => c >= '\u2E80' ? 1.0 : 0.55);
}
