namespace PerfPublish.Write.Docx;

/// <summary>The grid column each cell of a table starts in, as HTML counts them: a cell starts in the first column no cell from a row above still spans.</summary>
internal static class CellColumns
{
    public static int[][] Of(Model.Table table)
    {
        var width = table.Rows.Max(r => r.Cells.Sum(c => c.ColumnSpan));
        var coveredUntil = new int[width];
        var starts = new int[table.Rows.Length][];
        for (var r = 0; r < table.Rows.Length; r++)
        {
            starts[r] = new int[table.Rows[r].Cells.Length];
            var column = 0;
            for (var i = 0; i < table.Rows[r].Cells.Length; i++)
            {
                while (column < width && coveredUntil[column] > r) column++;
                var cell = table.Rows[r].Cells[i];
                starts[r][i] = column;
                for (var c = column; c < Math.Min(width, column + cell.ColumnSpan); c++) coveredUntil[c] = r + cell.RowSpan;
                column += cell.ColumnSpan;
            }
        }

        return starts;
    }

    /// <summary>The width of a cell starting in <paramref name="column"/> over <paramref name="span"/> grid columns.</summary>
    public static int Width(int[] grid, int column, int span) => grid.Skip(column).Take(span).Sum();
}
