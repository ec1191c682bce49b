using PerfPublish.Diagnostics;

namespace PerfPublish.Import;

/// <summary>One form filled in: the values found, the source's texts that fit no field, and how many cells went where.</summary>
public sealed record FormRecord(ImportedValues Values, IReadOnlyList<ImportNote> Notes, int Mapped, int Unmapped, IReadOnlyList<int> Tables);

/// <summary>
/// Fills a form definition's fields from the tables of one form, by label: a cell whose text is a
/// field's label is followed by its value, to the right (预算数 | 6.00), in the rows the label spans
/// (预算规模及资金用途 over two rows), or below (3月底 over 20.00%). The label's span is whatever the office
/// typed: a vertical merge, the same text repeated, or empty cells under it. An indicator table is
/// recognised by its 一级指标/二级指标/三级指标 header and read row by row. Every non-empty cell is either
/// a label, a value, or a note with its place: nothing is dropped.
/// </summary>
public sealed class FormMapper
{

    private readonly FormDefinition _form;
    private readonly Dictionary<string, FormField> _labels;
    private readonly Dictionary<FormField, string> _paths = [];
    private readonly string _currencyUnit;
    private readonly ImportReport _report;

    public FormMapper(FormDefinition form, string currencyUnit, ImportReport report)
    {
        _form = form;
        _currencyUnit = currencyUnit;
        _report = report;
        _labels = new Dictionary<string, FormField>(StringComparer.Ordinal);
        foreach (var field in form.Fields.SelectMany(f => f.SelfAndDescendants))
        foreach (var label in field.Labels) _labels.TryAdd(ImportText.LabelKey(label), field);
        foreach (var field in form.Fields) Index(field, []);
    }

    /// <summary>True when <paramref name="table"/> starts a new form: it holds the label of the definition's first field (项目编码).</summary>
    public bool Starts(WordTable table) =>
        _form.Fields.Count > 0 && table.Grid.Cells.Any(cell => _form.Fields[0].HasLabel(cell.Text));

    /// <summary>How many of the table's cells are labels of this form: recognising a profile picks the one with most.</summary>
    public int LabelCount(WordTable table) => table.Grid.Cells.Count(cell => IsLabel(cell) || IsIndicatorHeader(cell.Text));

    public FormRecord Map(IReadOnlyList<WordTable> tables)
    {
        var values = new ImportedValues();
        var used = new HashSet<CellPlace>();
        var notes = new List<ImportNote>();
        var trees = _form.Fields.Where(f => f.Type == "indicators").ToList();
        var filled = new HashSet<string>();
        foreach (var table in tables)
        {
            var header = IndicatorHeader(table.Grid);
            var rows = header ?? table.Grid.Rows.Count;
            MapTables(table.Grid, rows, values, used, notes);
            MapLabels(table.Grid, rows, values, used, notes);
            if (header is not { } row || trees.Count == 0) continue;
            foreach (var (tree, items) in new IndicatorReader(trees, _report).Read(table.Grid, row, used, filled))
            {
                filled.Add(tree.Key);
                if (items.Count > 0) values.Set(tree.Key, items);
            }
        }

        var cells = tables.SelectMany(t => t.Grid.Cells).Where(c => !c.IsEmpty).DistinctBy(c => c.Place).ToList();
        foreach (var cell in cells.Where(c => !used.Contains(c.Place)))
        {
            if (_form.Printed.Contains(cell.Text))
            {
                used.Add(cell.Place);
                continue;
            }

            notes.Add(new ImportNote(cell.Place.ToString(), cell.Text));
            _report.WarningAt(cell.Place.ToString(), Codes.ImportUnmapped, "PP0607", Excerpt(cell.Text));
        }

        return new FormRecord(values.OrderedBy(_form.Fields), [.. notes.OrderBy(n => ImportNote.SortKey(n.Place), StringComparer.Ordinal)],
            cells.Count(c => used.Contains(c.Place)), cells.Count(c => !used.Contains(c.Place)), [.. tables.Select(t => t.Number)]);
    }

    /// <summary>The table fields (年度履职目标 and its 合计), read before the labels so a task named like a label (基本支出) stays a task.</summary>
    private void MapTables(TableGrid grid, int rows, ImportedValues values, HashSet<CellPlace> used, List<ImportNote> notes)
    {
        foreach (var field in _form.Fields.Where(f => f.Type == "table" && values[f.Key] is null))
        {
            if (new TableFieldReader(field, IsLabel).Read(grid, rows, used) is not var (items, total)) continue;
            var list = new List<ImportedValues>();
            foreach (var cells in items)
            {
                var item = new ImportedValues();
                foreach (var (column, cell) in cells)
                {
                    used.Add(cell.Place);
                    if (Value(column, cell, notes) is { } value) item.Set(column.Key, value);
                }
                if (!item.IsEmpty) list.Add(item.OrderedBy(field.Columns));
            }

            values.Set(field.Key, list);
            if (total is null || _form.Fields.FirstOrDefault(f => f.Key == field.Total) is not { } totalField) continue;
            used.Add(total.Place);
            Store(values, totalField, total, notes);
        }
    }

    public static string Excerpt(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= 60 ? line : line[..57] + "…";
    }

    private void Index(FormField field, IReadOnlyList<string> parents)
    {
        _paths[field] = string.Join('.', [.. parents, field.Key]);
        foreach (var child in field.Fields) Index(child, [.. parents, field.Key]);
    }

    private bool IsLabel(GridCell cell) => FieldsOf(cell).Count > 0;

    /// <summary>
    /// The fields a cell labels. Forms print labels with more than the definition says: a unit in brackets
    /// (资金支出计划（%）), or two labels joined by 及 over one merged cell (预算规模及资金用途: the group 预算规模
    /// beside it, the value of 资金用途 in the rows it spans).
    /// </summary>
    private IReadOnlyList<FormField> FieldsOf(GridCell cell)
    {
        if (cell.IsEmpty) return [];
        var key = ImportText.LabelKey(cell.Text);
        if (Field(key) is { } field) return [field];
        var parts = key.Split('及');
        var fields = parts.Select(Field).OfType<FormField>().ToList();
        return parts.Length > 1 && fields.Count == parts.Length ? fields : [];
    }

    private FormField? Field(string key) =>
        _labels.TryGetValue(key, out var field) || _labels.TryGetValue(ImportText.WithoutTrailingBrackets(key), out field) ? field : null;

    private static bool IsIndicatorHeader(string text) => ImportText.LabelKey(text) is IndicatorReader.Level1 or IndicatorReader.Level2 or IndicatorReader.Level3;

    /// <summary>The row holding 一级指标 and 三级指标, if the table has one.</summary>
    private static int? IndicatorHeader(TableGrid grid)
    {
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var keys = grid.Rows[r].Select(c => ImportText.LabelKey(c.Text)).ToHashSet();
            if (keys.Contains(IndicatorReader.Level1) && keys.Contains(IndicatorReader.Level3)) return r;
        }

        return null;
    }

    private void MapLabels(TableGrid grid, int rows, ImportedValues values, HashSet<CellPlace> used, List<ImportNote> notes)
    {
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < grid.Width; c++)
        {
            var cell = grid.Rows[r][c];
            if (cell.Covered || used.Contains(cell.Place) || FieldsOf(cell) is not { Count: > 0 } fields) continue;
            used.Add(cell.Place);
            foreach (var field in fields.Where(f => f.Fields.Count == 0 && f.Type is not ("indicators" or "table")))
            {
                if (ValueOf(grid, rows, r, c, used) is not var (row, column)) continue;
                var value = grid.Rows[row][column];
                used.Add(value.Place);
                ConsumeRepeats(grid.Rows[row], column, used);
                Store(values, field, value, notes);
            }
        }
    }

    /// <summary>Where the value of the label at row r, column c is; null when the form left it out.</summary>
    private (int Row, int Column)? ValueOf(TableGrid grid, int rows, int r, int c, HashSet<CellPlace> used)
    {
        var label = grid.Rows[r][c];
        var last = c;
        while (last + 1 < grid.Width && grid.Rows[r][last + 1].Place == label.Place) last++;
        var bottom = r;
        while (bottom + 1 < rows && SpansDown(label, grid.Rows[bottom + 1][c])) bottom++;

        for (var row = r; row <= bottom && last + 1 < grid.Width; row++)
        {
            var right = grid.Rows[row][last + 1];
            // Padding (a wider row elsewhere in the table) is no cell of this row: the value is then below.
            if (right.Place.Cell <= 0) break;
            if (!IsLabel(right) && !used.Contains(right.Place)) return right.IsEmpty ? null : (row, last + 1);
        }

        var below = bottom + 1 < rows ? grid.Rows[bottom + 1][c] : null;
        return below is not null && !below.IsEmpty && !IsLabel(below) && !used.Contains(below.Place) ? (bottom + 1, c) : null;
    }

    /// <summary>Whether a cell belongs to the label above it: merged with it, the same text again, or left empty under it.</summary>
    private static bool SpansDown(GridCell label, GridCell cell) =>
        cell.Place == label.Place || cell.IsEmpty || ImportText.LabelKey(cell.Text) == ImportText.LabelKey(label.Text);

    /// <summary>A value typed again in the next cells of its row (instead of merging them) is the same value, not a note.</summary>
    private static void ConsumeRepeats(IReadOnlyList<GridCell> row, int column, HashSet<CellPlace> used)
    {
        var value = row[column];
        for (var c = column + 1; c < row.Count && !row[c].IsEmpty && (row[c].Place == value.Place || row[c].Text == value.Text); c++) used.Add(row[c].Place);
    }

    private void Store(ImportedValues values, FormField field, GridCell cell, List<ImportNote> notes)
    {
        if (Value(field, cell, notes) is not { } value) return;
        var path = _paths[field].Split('.');
        var target = values;
        foreach (var group in path[..^1])
        {
            if (target[group] is not ImportedValues nested) target.Set(group, nested = new ImportedValues());
            target = nested;
        }

        target.Set(path[^1], value);
    }

    /// <summary>
    /// A cell's text as the field's type; a number that cannot be read is a note and a warning, never a guess. An
    /// amount written as a dash or 无 is how offices write "none": 0.00, with a warning to check it.
    /// </summary>
    private object? Value(FormField field, GridCell cell, List<ImportNote> notes)
    {
        if (field.Type == "amount" && ImportNumbers.IsNone(cell.Text))
        {
            _report.WarningAt(cell.Place.ToString(), Codes.ImportDashAsZero, "PP0611", Excerpt(cell.Text), field.Label);
            return 0.00m;
        }

        object? value = field.Type switch
        {
            "amount" => ImportNumbers.Amount(cell.Text, _currencyUnit),
            "percentage" => ImportNumbers.Percentage(cell.Text),
            "list" => GoalList.Split(cell.Paragraphs),
            _ => cell.Text,
        };
        if (value is null)
        {
            notes.Add(new ImportNote(cell.Place.ToString(), cell.Text));
            _report.WarningAt(cell.Place.ToString(), Codes.ImportValue, "PP0608", Excerpt(cell.Text), field.Label);
        }

        return value;
    }
}
