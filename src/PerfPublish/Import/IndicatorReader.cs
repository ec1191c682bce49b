using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Import;

/// <summary>
/// The rows under a 一级指标/二级指标/三级指标 header as indicator trees of the seed's shape
/// (level1 → groups: level2 → items: level3 + one key per column). A first or second level is carried
/// down when the office merged it, repeated it, or left the cells under it empty. A row with more cells
/// than the header (the seed's 评审费 生态效益指标 row has a stray empty cell) is read without its empty
/// cells and warned about; text that still has no column becomes a note.
/// A form with two trees side by side (the central form's 中期 and 年度 halves, sharing the 一级指标 column)
/// repeats 二级指标/三级指标 in its header: each repetition starts a half, and a half fills the tree whose
/// label the words above it name (中期指标 → 中期绩效指标), else the next tree in the definition's order.
/// </summary>
public sealed partial class IndicatorReader(IReadOnlyList<FieldDefinition> trees, ImportReport report, string record, Action<string, string, string> note)
{
    public const string Level1 = "一级指标";
    public const string Level2 = "二级指标";
    public const string Level3 = "三级指标";

    /// <summary>One tree's columns: indexes into the header row's cells, each with its role (level2, level3 or a column key).</summary>
    private sealed record Half(FieldDefinition Tree, IReadOnlyList<(int Index, string? Role)> Columns);

    /// <summary>One half of a row as read: its 三级指标 with its columns (null for padding), the 二级指标 cell it names, the cells taken.</summary>
    private sealed record RowHalf(Indicator? Item, GridCell? Second, IReadOnlyList<(GridCell Cell, string Role)> Cells);

    /// <summary>A first level as the rows fill it in, with where it was read.</summary>
    private sealed record FirstDraft(string Name, Origin Origin, List<SecondDraft> Groups);

    /// <summary>A second level as the rows fill it in.</summary>
    private sealed record SecondDraft(string Name, Origin Origin, List<Indicator> Items);

    /// <summary>The first row after the indicators (a sign-off or 审核意见 row, or the table's end): the form's labels may go on there.</summary>
    public int End { get; private set; }

    /// <summary>Each tree the header names, with the rows read into it (none: a tree with no first level).</summary>
    public IReadOnlyList<IndicatorTree> Read(TableGrid grid, int headerRow, HashSet<CellPlace> used, IReadOnlySet<string> filled)
    {
        var header = grid.Starts(headerRow).Where(h => h.Cell.Place.Cell > 0).Reverse().SkipWhile(h => h.Cell.IsEmpty).Reverse().ToList();
        foreach (var (cell, _) in header.Where(h => !h.Cell.IsEmpty)) Printed(cell, used, "the indicator table's header");
        var keys = header.Select(h => ImportText.LabelKey(h.Cell.Text)).ToList();
        var level1 = keys.IndexOf(Level1);
        var halves = Halves(grid, headerRow, header, keys, level1, used, filled);

        var items = halves.Select(_ => new List<FirstDraft>()).ToList();
        var level2 = new string?[halves.Count];
        string? first = null;
        End = grid.Rows.Count;
        for (var r = headerRow + 1; r < grid.Rows.Count; r++)
        {
            var cells = Align(Cells(grid, r), header.Count, r + 1);
            if (cells.All(c => c.IsEmpty)) continue;
            // The sign-off under the indicators (填表人：… 联系电话：…, 财政部门审核意见) typed into the table's cells ends them: no
            // indicator is made of it, and the form's labels are read there again.
            if (IsSignOff(cells.First(c => !c.IsEmpty).Text))
            {
                End = r;
                break;
            }
            GridCell? firstCell = null;
            if (level1 >= 0 && level1 < cells.Count && !cells[level1].IsEmpty)
            {
                firstCell = cells[level1];
                var name = ScoreRangeSuffix.Split(ImportText.OneLine(firstCell.Text)).Name;
                if (name != first) Array.Clear(level2);
                first = name;
            }

            // A row's cells count as read only when the row gave an indicator or names an empty 二级指标 (printed with
            // blank cells, never dropped): a remark typed across the table (备注：…) looks like a first level with nothing
            // under it, and must stay a note.
            for (var h = 0; h < halves.Count; h++)
            {
                var half = ReadItem(halves[h], cells, ref level2[h]);
                if (first is null || level2[h] is not { } second || half.Item is null && half.Second is not { Covered: false }) continue;
                var at = Origin.Of(report.At(cells.First(c => !c.IsEmpty).Place.ToString()));
                var path = halves[h].Tree.Key + Add(items[h], first, second, half.Item, at);
                if (firstCell is not null) AccountFirst(firstCell, used, $"{halves[h].Tree.Key}[{items[h].Count - 1}].level1");
                if (half.Second is { } secondCell) Account(secondCell, used, $"{path[..path.LastIndexOf(".items", StringComparison.Ordinal)]}.level2");
                foreach (var (cell, role) in half.Cells) Account(cell, used, $"{path}.{role}");
            }
        }

        var headerAt = report.At(header.Count > 0 ? header[0].Cell.Place.ToString() : null);
        return [.. halves.Select((half, h) => new IndicatorTree(half.Tree, [.. items[h].Select(Typed)], headerAt))];
    }

    private static FirstLevelIndicator Typed(FirstDraft first) =>
        new(first.Name, [.. first.Groups.Select(s => new SecondLevelIndicator(s.Name, [.. s.Items], s.Origin))], first.Origin);

    /// <summary>
    /// A cell's text into the field at <paramref name="path"/>, once per cell: a first level merged over rows (or shared by two
    /// side-by-side trees) is one cell, its text one value. The same text typed again in a cell of its own goes to the same value.
    /// </summary>
    private void Account(GridCell cell, HashSet<CellPlace> used, string path)
    {
        used.Add(cell.Place);
        if (report.Ledger.Touched(cell.Place.ToString())) return;
        report.Ledger.Account(cell.Place.ToString(), cell.Text, new ToField(record, path, cell.Text));
    }

    /// <summary>A first level's cell: its name into the tree; a score range printed after it (成本指标(0-20)分) kept as a note beside it.</summary>
    private void AccountFirst(GridCell cell, HashSet<CellPlace> used, string path)
    {
        var (name, range) = ScoreRangeSuffix.Split(ImportText.OneLine(cell.Text));
        if (range.Length == 0 || report.Ledger.Touched(cell.Place.ToString()))
        {
            Account(cell, used, path);
            return;
        }

        used.Add(cell.Place);
        report.Ledger.Account(cell.Place.ToString(), name, new ToField(record, path, name));
        note(cell.Place.ToString(), range, name);
    }

    [GeneratedRegex(@"^(填表人|填报人|联系电话|联系人|填报日期|审核人|单位负责人|负责人|财政部门审核意见|审核意见)")]
    private static partial Regex SignOff();

    private static bool IsSignOff(string text) => SignOff().IsMatch(ImportText.LabelKey(text));

    private void Printed(GridCell cell, HashSet<CellPlace> used, string what)
    {
        if (used.Add(cell.Place)) report.Ledger.Account(cell.Place.ToString(), cell.Text, new ToPrinted(what));
    }

    /// <summary>The header split where a column name comes again (二级指标 … 二级指标), each part matched to a tree.</summary>
    private List<Half> Halves(TableGrid grid, int headerRow, IReadOnlyList<(GridCell Cell, int Column)> header, IReadOnlyList<string> keys,
        int level1, HashSet<CellPlace> used, IReadOnlySet<string> filled)
    {
        var parts = new List<List<int>>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (i == level1 || keys[i].Length == 0) continue;
            if (parts.Count == 0 || parts[^1].Any(j => keys[j] == keys[i])) parts.Add([]);
            parts[^1].Add(i);
        }

        var taken = new HashSet<string>(filled);
        var halves = new List<Half>();
        foreach (var part in parts)
        {
            var above = Above(grid, headerRow, header[part[0]].Column, header[part[^1]].Column);
            var named = trees.FirstOrDefault(t => !taken.Contains(t.Key) && Stems(t).Any(stem => above.Any(c => ImportText.LabelKey(c.Text).Contains(stem))));
            var tree = named ?? trees.FirstOrDefault(t => !taken.Contains(t.Key));
            if (tree is null) break;
            if (named is not null) foreach (var cell in above) Printed(cell, used, "the name of a tree's half");
            taken.Add(tree.Key);
            halves.Add(new Half(tree, [.. part.Select(i => (i, Role(tree, keys[i])))]));
        }

        return halves;
    }

    /// <summary>The non-empty cells above the header over the given grid columns: where a form names its halves (中期指标).</summary>
    private static IReadOnlyList<GridCell> Above(TableGrid grid, int headerRow, int from, int to) =>
        [.. Enumerable.Range(0, headerRow).SelectMany(r => grid.Rows[r].Skip(from).Take(to - from + 1)).Where(c => !c.IsEmpty).DistinctBy(c => c.Place)];

    /// <summary>What tells a tree's half apart: its labels without 绩效指标 (中期绩效指标 → 中期); none for a form's only tree.</summary>
    private static IEnumerable<string> Stems(FieldDefinition tree) =>
        tree.Labels.Select(label => ImportText.LabelKey(label).Replace("绩效指标", "").Replace("指标", "")).Where(stem => stem.Length > 0);

    private static string? Role(FieldDefinition tree, string key) => key switch
    {
        Level2 => "level2",
        Level3 => "level3",
        _ => tree.Columns.FirstOrDefault(c => c.HasLabel(key))?.Key,
    };

    /// <summary>One half of a row: its level3 with its columns, or no item when the half is padding; a level2 it names is carried.</summary>
    private RowHalf ReadItem(Half half, IReadOnlyList<GridCell> cells, ref string? level2)
    {
        GridCell? level3 = null;
        GridCell? second = null;
        var columns = new Dictionary<string, GridCell>(StringComparer.Ordinal);
        var taken = new List<(GridCell, string)>();
        foreach (var (index, role) in half.Columns)
        {
            if (index >= cells.Count || role is null || cells[index].IsEmpty) continue;
            var cell = cells[index];
            if (role == "level2")
            {
                level2 = ImportText.OneLine(cell.Text);
                second = cell;
                continue;
            }

            taken.Add((cell, role));
            if (role == "level3") level3 = cell;
            else columns[role] = cell;
        }

        // A row the form prints without a 三级指标 (经济效益指标 with only its 评分标准, or its 二级指标 alone) is a row all the
        // same: an item named "" keeps it and its cells. A row that only carries a merged 二级指标 down gives none.
        if (level3 is null && columns.Count == 0 && second is not { Covered: false }) return new RowHalf(null, second, []);
        var first = level3 ?? columns.Values.FirstOrDefault() ?? second!;
        var at = Origin.Of(report.At(first.Place.ToString()));
        var values = half.Tree.Columns.Where(c => columns.ContainsKey(c.Key))
            .Select(c => (FieldValue)new TextValue(c, columns[c.Key].Text, report.At(columns[c.Key].Place.ToString())));
        return new RowHalf(new Indicator(level3 is null ? "" : ImportText.OneLine(level3.Text), new GroupValue(half.Tree, [.. values], at), at), second, taken);
    }

    /// <summary>The row's own cells: the padding a wider row elsewhere gave it is not a column of this row.</summary>
    private static IReadOnlyList<GridCell> Cells(TableGrid grid, int row) => [.. grid.Distinct(row).Where(c => c.Place.Cell > 0)];

    /// <summary>
    /// The row's cells matched to the header's. Empty cells past the header's last column (LibreOffice gives every
    /// row the widest row's count) are dropped silently; a row still too long has a stray cell inside it: its empty
    /// cells are dropped from the right, with a warning. An extra cell with text stays: it has no column, so it
    /// becomes a note. (The row number is the grid's: a merged first cell carries the place of the row it starts in.)
    /// </summary>
    private IReadOnlyList<GridCell> Align(IReadOnlyList<GridCell> cells, int columns, int row)
    {
        var aligned = cells.ToList();
        while (aligned.Count > columns && aligned[^1].IsEmpty && !aligned[^1].Covered) aligned.RemoveAt(aligned.Count - 1);
        var found = aligned.Count;
        for (var i = aligned.Count - 1; i >= 0 && aligned.Count > columns; i--)
            if (aligned[i].IsEmpty && !aligned[i].Covered) aligned.RemoveAt(i);
        if (aligned.Count < found) report.WarningAt($"table {cells[0].Place.Table}, row {row}", Codes.ImportShifted, "PP0609", found, columns);
        return aligned;
    }

    /// <summary>The item added under its first and second level (made when new); its path in the tree (the last item's when none is added).</summary>
    private static string Add(List<FirstDraft> tree, string level1, string level2, Indicator? item, Origin at)
    {
        var first = tree.LastOrDefault() is { } last && last.Name == level1 ? last : null;
        if (first is null) tree.Add(first = new FirstDraft(level1, at, []));
        var groups = first.Groups;
        var second = groups.LastOrDefault() is { } g && g.Name == level2 ? g : null;
        if (second is null) groups.Add(second = new SecondDraft(level2, at, []));
        var items = second.Items;
        if (item is not null) items.Add(item);
        return $"[{tree.Count - 1}].groups[{groups.Count - 1}].items[{Math.Max(0, items.Count - 1)}]";
    }
}
