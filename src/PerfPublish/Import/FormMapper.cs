using System.Collections.Immutable;
using System.Globalization;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Import;

/// <summary>
/// One form filled in: the record as the build loads it (its values typed by the profile, each with its place in the Word
/// file), the source's texts that fit no field with their places, and how many cells went where.
/// </summary>
public sealed record ImportedForm(FormRecord Record, IReadOnlyList<ImportNote> Notes, int Mapped, int Unmapped, IReadOnlyList<int> Tables);

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

    private readonly FormProfile _form;
    private readonly Dictionary<string, FieldDefinition> _labels;
    // Read only when a cell is left over: recognising a profile (Starts, LabelCount) needs no template.
    private readonly Lazy<PrintedWords> _printed;
    private readonly string _currencyUnit;
    private readonly ImportReport _report;

    public FormMapper(FormProfile form, string currencyUnit, ImportReport report)
    {
        _form = form;
        _currencyUnit = currencyUnit;
        _report = report;
        _printed = new(() => PrintedWords.Of(form));
        _labels = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in SelfAndDescendants(form.Fields))
        foreach (var label in field.Labels) _labels.TryAdd(ImportText.LabelKey(label), field);
    }

    /// <summary>The fields and the fields of their groups, depth first: each can be labelled in a form.</summary>
    private static IEnumerable<FieldDefinition> SelfAndDescendants(IEnumerable<FieldDefinition> fields) =>
        fields.SelectMany(f => SelfAndDescendants(f.Fields).Prepend(f));

    /// <summary>True when <paramref name="table"/> starts a new form: it holds the label of the definition's first field (项目编码).</summary>
    public bool Starts(WordTable table) =>
        _form.Fields.Length > 0 && table.Grid.Cells.Any(cell => _form.Fields[0].HasLabel(cell.Text));

    /// <summary>How many of the table's cells are labels of this form: recognising a profile picks the one with most.</summary>
    public int LabelCount(WordTable table) => table.Grid.Cells.Count(cell => IsLabel(cell) || IsIndicatorHeader(cell.Text));

    /// <summary>
    /// The form's fields from its tables and the label：value lines typed under them (<see cref="NamesFields"/>: the sign-off,
    /// 填表人：… 审核人：…); <paramref name="record"/> names the record in the ledger (<see cref="ImportLedger.Project"/>).
    /// </summary>
    public ImportedForm Map(IReadOnlyList<WordTable> tables, IReadOnlyList<WordParagraph> under, string record)
    {
        var values = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        var used = new HashSet<CellPlace>();
        var notes = new List<ImportNote>();
        var target = new Target(values, notes, record);
        var trees = _form.Fields.Where(f => f.Type == FieldType.Indicators).ToList();
        var filled = new HashSet<string>();
        foreach (var table in PageSplit.Join(tables, _report.Ledger))
        {
            var header = IndicatorHeader(table.Grid);
            var rows = header ?? table.Grid.Rows.Count;
            MapTables(table.Grid, rows, target, used);
            MapLabels(table.Grid, 0, rows, target, used);
            if (header is not { } row || trees.Count == 0) continue;
            var indicators = new IndicatorReader(trees, _report, record, (place, range, level) => ScoreRange(target, place, range, level));
            foreach (var tree in indicators.Read(table.Grid, row, used, filled))
            {
                filled.Add(tree.Field.Key);
                if (tree.Levels.Length > 0) values[tree.Field.Path] = tree;
            }

            // The rows under the indicators (财政部门审核意见 | 同意) are labels and values again.
            MapLabels(table.Grid, indicators.End, table.Grid.Rows.Count, target, used);
        }

        var cells = tables.SelectMany(t => t.Grid.Cells).Where(c => !c.IsEmpty || c.Nested.Count > 0).DistinctBy(c => c.Place).ToList();
        foreach (var cell in cells) KeepTheRest(cell, target);
        foreach (var paragraph in under)
            if (!LabelLines(Piece.Of(paragraph), target)) Note(target, paragraph.Place, ImportText.Clean(paragraph.Text));
        var at = _report.At(tables.Count > 0 ? $"table {tables[0].Number}" : null);
        return new ImportedForm(new FormRecord(_form, Group(_form.Root(at), values, Origin.Of(at)), []),
            [.. notes.OrderBy(n => ImportNote.SortKey(n.Place), StringComparer.Ordinal)],
            cells.Count(c => used.Contains(c.Place)), cells.Count(c => !used.Contains(c.Place)), [.. tables.Select(t => t.Number)]);
    }

    /// <summary>
    /// A group of the record from the values found, by path, in the profile's order; a group none of whose fields was
    /// found is left out, as a field is (check then names what is missing).
    /// </summary>
    private static GroupValue Group(FieldDefinition group, IReadOnlyDictionary<string, FieldValue> values, Origin origin)
    {
        var found = new List<FieldValue>();
        foreach (var field in group.Fields)
        {
            if (field.Type == FieldType.Group && Group(field, values, origin) is { Values.Length: > 0 } nested) found.Add(nested);
            else if (values.TryGetValue(field.Path, out var value)) found.Add(value);
        }

        return new GroupValue(group, [.. found], origin);
    }

    /// <summary>Where values and notes of one record go: its values by field path, its notes, and its name in the ledger.</summary>
    private sealed record Target(Dictionary<string, FieldValue> Values, List<ImportNote> Notes, string Record);

    /// <summary>
    /// A cell whose text no field took: the form's own words (its template prints them), else a note with its place.
    /// Tables nested in a cell are notes of their own. Whatever a reader above marked as used but did not account for
    /// lands here too, so no text is ever lost between reading and writing.
    /// </summary>
    private void KeepTheRest(GridCell cell, Target target)
    {
        var place = cell.Place.ToString();
        for (var i = 0; i < cell.Nested.Count; i++) Note(target, cell.NestedPlace(i + 1), cell.Nested[i], "PP0607_Nested");
        if (cell.IsEmpty || _report.Ledger.Touched(place)) return;
        if (_printed.Value.Contains(cell.Text)) _report.Ledger.Account(place, cell.Text, new ToPrinted("the form's words"));
        else if (!LabelLines(Piece.Of(cell), target)) Note(target, place, cell.Text);
    }

    /// <summary>
    /// A score range printed after a first level (成本指标(0-20)分): the form's own words when it is the range the profile's
    /// checks.scores gives that level (its template prints it from there), else a note beside the level.
    /// </summary>
    private void ScoreRange(Target target, string place, string range, string level)
    {
        var declared = _form.Scores.Select(s => s.RangeOf(level)).OfType<ScoreRange>().FirstOrDefault();
        if (declared is not null && ScoreRangeSuffix.Numbers(range).SequenceEqual(declared.Min == declared.Max ? [declared.Max] : [declared.Min, declared.Max]))
            _report.Ledger.Account(place, range, new ToPrinted("the score range the profile gives"));
        else Note(target, place, range, "PP0607_Score", level);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is label：value lines one of which names a field of this form (填表人：王丽	审核人：陈刚):
    /// such a paragraph typed under a form's table belongs to that form.
    /// </summary>
    public bool NamesFields(string text) =>
        ImportText.LabelValues(text).Any(l => l.Label is not null && Field(ImportText.LabelKey(l.Label)) is { IsScalar: true });

    /// <summary>Text to be read into a field: a cell, or a paragraph under the form, with its place and paragraphs.</summary>
    private sealed record Piece(string Place, string Text, IReadOnlyList<string> Paragraphs)
    {
        public static Piece Of(GridCell cell) => new(cell.Place.ToString(), cell.Text, cell.Paragraphs);

        public static Piece Of(WordParagraph paragraph) => new(paragraph.Place, ImportText.Clean(paragraph.Text), [paragraph.Text]);
    }

    /// <summary>
    /// A cell that holds label：value lines (资金总额：600万元, 其中：财政拨款：500) rather than a label beside its value: each
    /// line whose label is a field of the form goes into it, every other line is a note. False when no line names a field.
    /// </summary>
    private bool LabelLines(Piece piece, Target target)
    {
        var lines = ImportText.LabelValues(piece.Text);
        var fields = lines.Select(l => l.Label is null ? null : Field(ImportText.LabelKey(l.Label))).ToList();
        if (!fields.Any(f => f is { IsScalar: true })) return false;
        var place = piece.Place;
        for (var i = 0; i < lines.Count; i++)
        {
            if (fields[i] is { IsScalar: true } field && Stored(target, field) is false
                && Store(target, field, new Piece(place, lines[i].Value, [lines[i].Value])) is not null)
                _report.Ledger.Account(place, PublicationRecognizer.Remainder(lines[i].Text, lines[i].Value), new ToPrinted("label"));
            else Note(target, place, lines[i].Text);
        }

        return true;
    }

    /// <summary>Whether the field already holds a value: a label：value line never overwrites what the form's own cell gave.</summary>
    private static bool Stored(Target target, FieldDefinition field) => target.Values.ContainsKey(field.Path);

    private void Note(Target target, string place, string text, string message = "PP0607", string? about = null)
    {
        target.Notes.Add(new ImportNote(place, text));
        _report.Ledger.Account(place, text, new ToNote(target.Record));
        _report.WarningAt(place, Codes.ImportUnmapped, message, Excerpt(text), about);
    }

    /// <summary>The table fields (年度履职目标 and its 合计), read before the labels so a task named like a label (基本支出) stays a task.</summary>
    private void MapTables(TableGrid grid, int rows, Target target, HashSet<CellPlace> used)
    {
        foreach (var field in _form.Fields.Where(f => f.Type == FieldType.Table && !Stored(target, f)))
        {
            if (new TableFieldReader(field, IsLabel, _report.Ledger).Read(grid, rows, used) is not var (items, total)) continue;
            var list = new List<GroupValue>();
            foreach (var cells in items)
            {
                var row = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
                foreach (var (column, cell) in cells)
                {
                    used.Add(cell.Place);
                    if (Value(column, Piece.Of(cell), target, $"{field.Path}[{list.Count}].{column.Key}") is { } value) row[column.Key] = value;
                }
                if (row.Count > 0)
                    list.Add(new GroupValue(field, [.. field.Columns.Where(c => row.ContainsKey(c.Key)).Select(c => row[c.Key])], Origin.Of(_report.At(cells[0].Cell.Place.ToString()))));
            }

            target.Values[field.Path] = new TableValue(field, [.. list], _report.At(grid.Rows.Count > 0 ? $"table {grid.Rows[0][0].Place.Table}" : null));
            if (total is null || _form.Fields.FirstOrDefault(f => f.Key == field.Total) is not { } totalField) continue;
            used.Add(total.Place);
            Store(target, totalField, Piece.Of(total));
        }
    }

    public static string Excerpt(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= 60 ? line : line[..57] + "…";
    }

    private bool IsLabel(GridCell cell) => FieldsOf(cell).Count > 0;

    /// <summary>
    /// The fields a cell labels. Forms print labels with more than the definition says: a unit in brackets
    /// (资金支出计划（%）), or two labels joined by 及 over one merged cell (预算规模及资金用途: the group 预算规模
    /// beside it, the value of 资金用途 in the rows it spans).
    /// </summary>
    private IReadOnlyList<FieldDefinition> FieldsOf(GridCell cell)
    {
        if (cell.IsEmpty) return [];
        var key = ImportText.LabelKey(cell.Text);
        if (Field(key) is { } field) return [field];
        var parts = key.Split('及');
        var fields = parts.Select(Field).OfType<FieldDefinition>().ToList();
        return parts.Length > 1 && fields.Count == parts.Length ? fields : [];
    }

    private FieldDefinition? Field(string key) =>
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

    private void MapLabels(TableGrid grid, int from, int rows, Target target, HashSet<CellPlace> used)
    {
        for (var r = from; r < rows; r++)
        for (var c = 0; c < grid.Width; c++)
        {
            var cell = grid.Rows[r][c];
            if (cell.Covered || used.Contains(cell.Place) || FieldsOf(cell) is not { Count: > 0 } fields) continue;
            used.Add(cell.Place);
            _report.Ledger.Account(cell.Place.ToString(), cell.Text, new ToPrinted("label"));
            foreach (var field in fields.Where(f => f.Type is not (FieldType.Group or FieldType.Indicators or FieldType.Table)))
            {
                if (ValueOf(grid, rows, r, c, used) is not var (row, column)) continue;
                var value = grid.Rows[row][column];
                used.Add(value.Place);
                var written = Stored(target, field) ? SecondValue(target, field, value) : Store(target, field, Piece.Of(value));
                ConsumeRepeats(grid.Rows[row], column, used, written is null ? null : (target.Record, field.Path, written));
            }
        }
    }

    /// <summary>
    /// A value for a field the record already holds: a table that repeats the form's labels without its first one (a form
    /// whose 项目名称 was moved or deleted) is read with the form before it, and its values must not replace that form's.
    /// The first value stays; this one is a note naming the field. Null: nothing was written to a field.
    /// </summary>
    private string? SecondValue(Target target, FieldDefinition field, GridCell value)
    {
        Note(target, value.Place.ToString(), value.Text, "PP0607_Again", field.Label);
        return null;
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
    private void ConsumeRepeats(IReadOnlyList<GridCell> row, int column, HashSet<CellPlace> used, (string Record, string Path, string Written)? field)
    {
        var value = row[column];
        for (var c = column + 1; c < row.Count && !row[c].IsEmpty && (row[c].Place == value.Place || row[c].Text == value.Text); c++)
        {
            if (row[c].Place != value.Place && used.Add(row[c].Place))
                _report.Ledger.Account(row[c].Place.ToString(), row[c].Text, field is var (record, path, written) ? new ToField(record, path, written) : new ToPrinted("a value typed again"));
            used.Add(row[c].Place);
        }
    }

    /// <summary>The cell's value stored as the field's; the value as written, or null when it became a note.</summary>
    private string? Store(Target target, FieldDefinition field, Piece cell)
    {
        if (Value(field, cell, target, field.Path) is not { } value) return null;
        target.Values[field.Path] = value;
        return Written(value);
    }

    /// <summary>A value as the content file shows it: a number to the cent, a list by its items.</summary>
    private static string Written(FieldValue value) => value switch
    {
        NumberValue { Typed: { } typed } => typed,
        NumberValue number => number.Number.ToString(CultureInfo.InvariantCulture),
        ListValue list => string.Join("\n", list.Items),
        _ => FieldValue.Print(value),
    };

    /// <summary>
    /// A cell's text as the field's type; a number that cannot be read is a note and a warning, never a guess. An
    /// amount written as a dash or 无 is how offices write "none": 0.00, with a warning to check it. Each piece of
    /// the cell is accounted for at <paramref name="path"/>: a list's items one by one, the numbers typed before them
    /// as the form's own.
    /// </summary>
    private FieldValue? Value(FieldDefinition field, Piece cell, Target target, string path)
    {
        var place = cell.Place;
        var at = _report.At(place);
        if (field.Type == FieldType.Amount && ImportNumbers.IsNone(cell.Text))
        {
            _report.WarningAt(place, Codes.ImportDashAsZero, "PP0611", Excerpt(cell.Text), field.Label);
            _report.Ledger.Account(place, cell.Text, new ToField(target.Record, path, "0.00"));
            return new NumberValue(field, 0.00m, at);
        }

        if (field.Type == FieldType.List) return new ListValue(field, Goals(cell, target, path), at);
        FieldValue? value = field.Type switch
        {
            // A profile that prints amounts as typed (print: as_typed) gets them as the form printed them: 1,250.00, 250万.
            FieldType.Amount => ImportNumbers.Amount(cell.Text, _currencyUnit) is { } amount
                ? new NumberValue(field, amount, at) { Typed = field.Print.AsTyped ? cell.Text : null }
                : null,
            FieldType.Percentage => ImportNumbers.Percentage(cell.Text) is { } percent ? new NumberValue(field, percent, at) : null,
            _ => new TextValue(field, cell.Text, at),
        };
        if (value is null)
        {
            target.Notes.Add(new ImportNote(place, cell.Text));
            _report.Ledger.Account(place, cell.Text, new ToNote(target.Record));
            _report.WarningAt(place, Codes.ImportValue, "PP0608", Excerpt(cell.Text), field.Label);
        }
        else _report.Ledger.Account(place, cell.Text, new ToField(target.Record, path, Written(value)));

        return value;
    }

    private ImmutableArray<string> Goals(Piece cell, Target target, string path)
    {
        var place = cell.Place;
        var goals = ImmutableArray.CreateBuilder<string>();
        foreach (var (number, goal) in GoalList.Numbered(cell.Paragraphs))
        {
            _report.Ledger.Account(place, number, new ToPrinted("a goal's number"));
            if (goal.Length == 0) continue;
            _report.Ledger.Account(place, goal, new ToField(target.Record, $"{path}[{goals.Count}]", goal));
            goals.Add(goal);
        }

        return goals.ToImmutable();
    }
}
