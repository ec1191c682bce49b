using PerfPublish.Forms;

namespace PerfPublish.Import;

/// <summary>
/// A table field, such as the department form's 年度履职目标 (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额, then
/// 合计): the row that names most of its columns is its header, each row below is one item, until the 合计 row,
/// whose amount is the field's total, or a row that starts with another field's label. Columns are matched by
/// grid position, so a cell the office merged over two columns is read once.
/// </summary>
public sealed class TableFieldReader(FieldDefinition table, Func<GridCell, bool> isLabel, ImportLedger ledger)
{
    private static readonly HashSet<string> TotalWords = ["合计", "总计", "小计", "合计金额"];

    /// <summary>The table's items and the cell holding its total, or null when the grid has no header for it.</summary>
    public (IReadOnlyList<IReadOnlyList<(FieldDefinition Column, GridCell Cell)>> Rows, GridCell? Total)? Read(TableGrid grid, int rows, HashSet<CellPlace> used)
    {
        if (Header(grid, rows) is not var (headerRow, columns)) return null;
        foreach (var column in columns.Keys) Printed(grid.Rows[headerRow][column], used, "a column's label");

        var items = new List<IReadOnlyList<(FieldDefinition, GridCell)>>();
        for (var r = headerRow + 1; r < rows; r++)
        {
            var row = grid.Rows[r];
            // The table's own label typed again in each row (instead of merged down the rows) belongs to the table.
            var own = grid.Distinct(r).Where(c => !c.Covered && !c.IsEmpty).ToList();
            foreach (var label in own.Where(IsTableLabel)) Printed(label, used, "label");
            own.RemoveAll(IsTableLabel);
            if (own.Count == 0) continue;
            if (own.FirstOrDefault(c => TotalWords.Contains(ImportText.LabelKey(c.Text))) is { } word)
            {
                Printed(word, used, "合计");
                return (items, own.SkipWhile(c => c != word).Skip(1).FirstOrDefault());
            }

            if (isLabel(own[0])) break;
            var cells = columns.Select(c => (Column: c.Value, Cell: row[c.Key])).Where(c => !c.Cell.IsEmpty && !c.Cell.Covered).DistinctBy(c => c.Cell.Place).ToList();
            if (cells.Count > 0) items.Add(cells);
        }

        return (items, null);
    }

    private void Printed(GridCell cell, HashSet<CellPlace> used, string what)
    {
        if (used.Add(cell.Place)) ledger.Account(cell.Place.ToString(), cell.Text, new ToPrinted(what));
    }

    private bool IsTableLabel(GridCell cell) => table.HasLabel(cell.Text);

    /// <summary>The first row naming at least two of the columns (or the only one), with each named grid column's field.</summary>
    private (int Row, Dictionary<int, FieldDefinition> Columns)? Header(TableGrid grid, int rows)
    {
        var needed = Math.Min(2, table.Columns.Length);
        for (var r = 0; r < rows; r++)
        {
            var columns = new Dictionary<int, FieldDefinition>();
            for (var c = 0; c < grid.Width; c++)
                if (!grid.Rows[r][c].Covered && Column(grid.Rows[r][c].Text) is { } field) columns[c] = field;
            if (columns.Count >= needed && needed > 0) return (r, columns);
        }

        return null;
    }

    /// <summary>The column a header cell names, also with the unit in brackets after it (预算金额（万元）).</summary>
    private FieldDefinition? Column(string text) =>
        table.Columns.FirstOrDefault(c => c.HasLabel(text) || c.HasLabel(ImportText.WithoutTrailingBrackets(ImportText.LabelKey(text))));
}
