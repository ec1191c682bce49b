using PerfPublish.Diagnostics;

namespace PerfPublish.Import;

/// <summary>
/// The rows under a 一级指标/二级指标/三级指标 header as the indicator tree of the seed's shape
/// (level1 → groups: level2 → items: level3 + one key per column). A first or second level is carried
/// down when the office merged it, repeated it, or left the cells under it empty. A row with more cells
/// than the header (the seed's 评审费 生态效益指标 row has a stray empty cell) is read without its empty
/// cells and warned about; text that still has no column becomes a note.
/// </summary>
public sealed class IndicatorReader(FormField indicators, ImportReport report)
{
    public IReadOnlyList<ImportedValues> Read(TableGrid grid, int headerRow, HashSet<CellPlace> used)
    {
        var header = Cells(grid, headerRow);
        foreach (var cell in header.Where(c => !c.IsEmpty)) used.Add(cell.Place);
        var roles = header.Select(c => Role(ImportText.LabelKey(c.Text))).ToList();

        var tree = new List<ImportedValues>();
        string? level1 = null, level2 = null;
        for (var r = headerRow + 1; r < grid.Rows.Count; r++)
        {
            var cells = Align(Cells(grid, r), header.Count);
            if (cells.All(c => c.IsEmpty)) continue;
            string? level3 = null;
            var item = new ImportedValues();
            for (var i = 0; i < cells.Count && i < roles.Count; i++)
            {
                var cell = cells[i];
                if (roles[i] is null || cell.IsEmpty) continue;
                used.Add(cell.Place);
                switch (roles[i])
                {
                    case "level1": level2 = cell.Text == level1 ? level2 : null; level1 = cell.Text; break;
                    case "level2": level2 = cell.Text; break;
                    case "level3": level3 = cell.Text; break;
                    default: item.Set(roles[i]!, cell.Text); break;
                }
            }

            if (level1 is null || level2 is null || level3 is null) continue;
            Add(tree, level1, level2, new ImportedValues().Set("level3", level3), item);
        }

        return tree;
    }

    /// <summary>The row's own cells: the padding a wider row elsewhere gave it is not a column of this row.</summary>
    private static IReadOnlyList<GridCell> Cells(TableGrid grid, int row) => [.. grid.Distinct(row).Where(c => c.Place.Cell > 0)];

    private string? Role(string key) => key switch
    {
        "一级指标" => "level1",
        "二级指标" => "level2",
        "三级指标" => "level3",
        _ => indicators.Columns.FirstOrDefault(c => ImportText.LabelKey(c.Label) == key)?.Key,
    };

    /// <summary>The row's cells matched to the header's: extra empty cells dropped first (with a warning), missing ones padded.</summary>
    private IReadOnlyList<GridCell> Align(IReadOnlyList<GridCell> cells, int columns)
    {
        if (cells.Count <= columns) return cells;
        var aligned = cells.ToList();
        for (var i = aligned.Count - 1; i >= 0 && aligned.Count > columns; i--)
            if (aligned[i].IsEmpty && !aligned[i].Covered) aligned.RemoveAt(i);
        report.WarningAt($"table {cells[0].Place.Table}, row {cells[0].Place.Row}", Codes.ImportShifted, "PP0609", cells.Count, columns);
        return aligned;
    }

    private static void Add(List<ImportedValues> tree, string level1, string level2, ImportedValues item, ImportedValues columns)
    {
        foreach (var (key, value) in columns.Items) item.Set(key, value);
        var first = tree.LastOrDefault() is { } last && (string?)last["level1"] == level1 ? last : null;
        if (first is null) tree.Add(first = new ImportedValues().Set("level1", level1).Set("groups", new List<ImportedValues>()));
        var groups = (List<ImportedValues>)first["groups"]!;
        var second = groups.LastOrDefault() is { } g && (string?)g["level2"] == level2 ? g : null;
        if (second is null) groups.Add(second = new ImportedValues().Set("level2", level2).Set("items", new List<ImportedValues>()));
        ((List<ImportedValues>)second["items"]!).Add(item);
    }
}
