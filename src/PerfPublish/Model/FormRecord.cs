using System.Collections.Immutable;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;

namespace PerfPublish.Model;

/// <summary>
/// A value of one field of a form, as its profile's definition typed it; a small closed set, like the
/// document tree's blocks. Each keeps its definition (for the rules: roles, labels) and where it was written.
/// </summary>
public abstract record FieldValue(FieldDefinition Field, SourceLocation At)
{
    /// <summary>A text as written, a number as the form prints it (its profile's print:); "" for anything else or nothing.</summary>
    public static string Print(FieldValue? value) => value switch
    {
        TextValue text => text.Text,
        NumberValue number => number.Printed,
        _ => "",
    };
}

/// <summary>text, markdown and period values: the trimmed text as written.</summary>
public sealed record TextValue(FieldDefinition Field, string Text, SourceLocation At) : FieldValue(Field, At);

/// <summary>amount and percentage values.</summary>
public sealed record NumberValue(FieldDefinition Field, decimal Number, SourceLocation At) : FieldValue(Field, At)
{
    /// <summary>An amount's text as the office typed it ("250万", "1,250.00"); null for a number written in code.</summary>
    public string? Typed { get; init; }

    /// <summary>The unit typed with an amount ("万" of "250万"), for the rule that checks it against the currency unit.</summary>
    public string? Unit { get; init; }

    /// <summary>The number as the profile prints it (print: in form.yaml; by default to the fen, 6 → 6.00).</summary>
    public string Printed => Field.Print.Print(Number, Typed);
}

public sealed record ListValue(FieldDefinition Field, ImmutableArray<string> Items, SourceLocation At) : FieldValue(Field, At);

/// <summary>A group's fields, or a table row's or indicator row's cells, in the definition's order.</summary>
public sealed record GroupValue(FieldDefinition Field, ImmutableArray<FieldValue> Values, Origin Origin) : FieldValue(Field, Origin.At)
{
    public FieldValue? this[string key] => Values.FirstOrDefault(v => v.Field.Key == key);

    /// <summary>The text of a cell (a number as the form prints it), "" when absent.</summary>
    public string Text(string key) => Print(this[key]);
}

public sealed record TableValue(FieldDefinition Field, ImmutableArray<GroupValue> Rows, SourceLocation At) : FieldValue(Field, At);

/// <summary>An indicator tree (一级 → 二级 → 三级 with the profile's columns on each 三级 row).</summary>
public sealed record IndicatorTree(FieldDefinition Field, ImmutableArray<FirstLevelIndicator> Levels, SourceLocation At) : FieldValue(Field, At)
{
    public IEnumerable<Indicator> Rows => Levels.SelectMany(f => f.Groups).SelectMany(g => g.Items);

    /// <summary>The column holding the 指标值 (role: target), if the profile declares one.</summary>
    public FieldDefinition? TargetColumn => Field.Columns.FirstOrDefault(c => c.Role == ColumnRole.Target);

    /// <summary>The 计量单位 column that holds the 指标值's unit (role: unit), if the form has one.</summary>
    public FieldDefinition? UnitColumn => Field.Columns.FirstOrDefault(c => c.Role == ColumnRole.Unit);

    /// <summary>The 指标值类型 column (定量 / 定性; role: value_type), if the form has one.</summary>
    public FieldDefinition? ValueTypeColumn => Field.Columns.FirstOrDefault(c => c.Role == ColumnRole.ValueType);
}

/// <summary>
/// One record of a form: a project file or department.yaml, its fields read by the profile. Unread names
/// the paths whose values could not be read (each reported); rules needing them pass over the record.
/// </summary>
public sealed record FormRecord(FormProfile Profile, GroupValue Root, ImmutableHashSet<string> Unread)
{
    public Origin Origin => Root.Origin;

    public bool Read(string path) => !Unread.Any(u => path == u || path.StartsWith(u + ".", StringComparison.Ordinal));

    /// <summary>The value at a dotted path through groups ("funds.total"), null when absent.</summary>
    public FieldValue? Find(string path)
    {
        FieldValue? current = Root;
        foreach (var key in path.Split('.'))
            current = current is GroupValue group ? group[key] : null;
        return current;
    }

    public string Text(string path) => FieldValue.Print(Find(path));

    public decimal? Number(string path) => (Find(path) as NumberValue)?.Number;

    /// <summary>The record with the value at <paramref name="value"/>'s path replaced by it (for edits made in code, as tests make).</summary>
    public FormRecord With(FieldValue value) => this with { Root = Replace(Root, value.Field.Path.Split('.'), value) };

    private static GroupValue Replace(GroupValue group, ReadOnlySpan<string> keys, FieldValue value)
    {
        var key = keys[0];
        var rest = keys[1..].ToArray();
        return group with
        {
            Values = [.. group.Values.Select(v => v.Field.Key != key ? v : rest.Length == 0 ? value : Replace((GroupValue)v, rest, value))],
        };
    }

    /// <summary>Every value at any depth of groups, in the definition's order.</summary>
    public IEnumerable<FieldValue> All => Flatten(Root.Values);

    public IEnumerable<IndicatorTree> Trees => All.OfType<IndicatorTree>();

    private static IEnumerable<FieldValue> Flatten(IEnumerable<FieldValue> values) =>
        values.SelectMany(v => v is GroupValue group ? [v, .. Flatten(group.Values)] : new[] { v });
}
