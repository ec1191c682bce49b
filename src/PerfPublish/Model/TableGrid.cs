using System.Runtime.CompilerServices;

namespace PerfPublish.Model;

/// <summary>
/// Where each cell of a table sits, resolved from the spans as HTML counts them: a cell starts in the first
/// column that no cell from a row above still covers. The Word writer (merged cells, column widths, where a
/// table may break) and the web page (columns no cell starts in) read the same grid, so the two outputs cannot
/// place a cell differently.
/// </summary>
public sealed class TableGrid
{
    /// <summary>A table is immutable, so its grid is resolved once per table, whichever writer asks first.</summary>
    private static readonly ConditionalWeakTable<Table, TableGrid> Resolved = [];

    private readonly int[][] _starts;
    private readonly CellAt?[,] _covering;
    private readonly bool[] _startColumns;

    /// <summary>The row and index (in its row) of a cell.</summary>
    public readonly record struct CellAt(int Row, int Cell);

    private TableGrid(Table table)
    {
        var rows = table.Rows;
        _starts = new int[rows.Length][];
        var covered = new List<int>();   // column → the first row no cell from above covers it
        var cells = new List<(CellAt At, int Column, int Columns, int Rows)>();
        for (var r = 0; r < rows.Length; r++)
        {
            _starts[r] = new int[rows[r].Cells.Length];
            var column = 0;
            for (var i = 0; i < rows[r].Cells.Length; i++)
            {
                while (column < covered.Count && covered[column] > r) column++;
                var cell = rows[r].Cells[i];
                var (across, down) = (Math.Max(1, cell.ColumnSpan), Math.Max(1, cell.RowSpan));
                _starts[r][i] = column;
                for (var c = column; c < column + across; c++)
                {
                    while (covered.Count <= c) covered.Add(0);
                    covered[c] = r + down;
                }
                cells.Add((new CellAt(r, i), column, across, down));
                column += across;
            }
        }

        Columns = covered.Count;
        _startColumns = new bool[Columns];
        _covering = new CellAt?[rows.Length, Columns];
        foreach (var (at, column, across, down) in cells)
        {
            _startColumns[column] = true;
            for (var r = at.Row; r < Math.Min(rows.Length, at.Row + down); r++)
                for (var c = column; c < column + across; c++) _covering[r, c] = at;
        }
    }

    /// <summary>How many columns the table has: up to the last column any cell reaches.</summary>
    public int Columns { get; }

    public static TableGrid Of(Table table) => Resolved.GetValue(table, t => new TableGrid(t));

    /// <summary>The column the <paramref name="cell"/>-th cell of a row starts in.</summary>
    public int Start(int row, int cell) => _starts[row][cell];

    /// <summary>The cell covering a row's column (its own, or one spanning down from above); none past a short row's end.</summary>
    public CellAt? Covering(int row, int column) => column < Columns ? _covering[row, column] : null;

    /// <summary>Whether some cell starts in the column (a column only spanning cells cross has none).</summary>
    public bool StartsIn(int column) => column < Columns && _startColumns[column];
}
