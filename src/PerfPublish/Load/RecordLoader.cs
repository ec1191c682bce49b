using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;
using YamlDotNet.RepresentationModel;

namespace PerfPublish.Load;

/// <summary>
/// Reads one content file (a project file, department.yaml) into a <see cref="FormRecord"/>, driven by its
/// form profile's definition: the keys it allows, which are required, each value's type. What cannot be
/// read is reported and left out, and its path marked unread, so the rules still check the rest.
/// </summary>
public sealed class RecordLoader(FormProfile profile, FormCatalog catalog, DiagnosticBag diagnostics)
{
    private readonly HashSet<string> _unread = new(StringComparer.Ordinal);

    public FormRecord Read(MappingReader yaml)
    {
        return new FormRecord(profile, ReadGroup(profile.Root(yaml.At), yaml), [.. _unread]);
    }

    private GroupValue ReadGroup(FieldDefinition group, MappingReader yaml)
    {
        var reader = yaml.WithLabels(Labels(group.Fields));
        reader.RejectUnknownKeys([.. group.Fields.Select(f => f.Key)], OtherForm);
        var values = new List<FieldValue>();
        foreach (var field in group.Fields)
        {
            if (!field.Required && !reader.HasValue(field.Key)) continue;
            var value = ReadField(field, reader);
            if (value is null) _unread.Add(field.Path);
            else values.Add(value);
        }
        return new GroupValue(group, [.. values], reader.Origin);
    }

    private FieldValue? ReadField(FieldDefinition field, MappingReader reader) => field.Type switch
    {
        FieldType.Text or FieldType.Markdown or FieldType.Period =>
            reader.String(field.Key) is { } text ? new TextValue(field, text, reader.LocationOfValue(field.Key)) : null,
        FieldType.Amount => reader.Amount(field.Key) is var (amount, typed)
            ? new NumberValue(field, amount.Number, reader.LocationOfValue(field.Key)) { Typed = typed, Unit = amount.Unit }
            : null,
        FieldType.Percentage =>
            reader.Decimal(field.Key) is { } number ? new NumberValue(field, number, reader.LocationOfValue(field.Key)) : null,
        FieldType.List => ReadList(field, reader),
        FieldType.Group => reader.Mapping(field.Key) is { } group ? ReadGroup(field, group) : null,
        FieldType.Table => ReadTable(field, reader),
        FieldType.Indicators => ReadTree(field, reader),
        _ => null,
    };

    private ListValue? ReadList(FieldDefinition field, MappingReader reader)
    {
        var (items, complete) = reader.Items(field.Key, node => ReadText(node, reader, reader.Describe(field.Key)));
        if (!complete) _unread.Add(field.Path);
        return items.IsEmpty && !complete ? null : new ListValue(field, items, reader.LocationOfValue(field.Key));
    }

    private string? ReadText(YamlNode node, MappingReader parent, string what)
    {
        if (node is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)) return text.Trim();
        diagnostics.ErrorOf(parent.LocationOf(node), Codes.WrongType, what, Messages.Format("Expect_Text"));
        return null;
    }

    private TableValue? ReadTable(FieldDefinition field, MappingReader reader)
    {
        var (rows, complete) = reader.Items(field.Key, node =>
            MappingReader.From(node, reader.At.File, Messages.Format("What_TableRow", field.Label), diagnostics) is { } row
                ? ReadRow(field, row, blank: false)
                : null);
        if (!complete) _unread.Add(field.Path);
        return rows.IsEmpty && !complete ? null : new TableValue(field, rows, reader.LocationOfValue(field.Key));
    }

    /// <summary>
    /// A table row or an indicator row's cells: one per column; a row missing a required cell is left out.
    /// A row the form prints empty (<paramref name="blank"/>: an indicator row without a 三级指标) requires none.
    /// </summary>
    private GroupValue? ReadRow(FieldDefinition owner, MappingReader row, bool blank, params string[] otherKeys)
    {
        var reader = row.WithLabels(Labels(owner.Columns, otherKeys));
        reader.RejectUnknownKeys([.. otherKeys, .. owner.Columns.Select(c => c.Key)], OtherForm);
        var cells = new List<FieldValue>();
        var complete = true;
        foreach (var column in owner.Columns)
        {
            if ((blank || !column.Required) && !reader.HasValue(column.Key)) continue;
            var value = ReadField(column, reader);
            if (value is null) complete = false;
            else cells.Add(value);
        }
        return complete ? new GroupValue(owner, [.. cells], reader.Origin) : null;
    }

    private IndicatorTree? ReadTree(FieldDefinition field, MappingReader reader)
    {
        var (levels, complete) = reader.Items(field.Key, node => ReadFirstLevel(field, node, reader.At.File));
        if (!complete) _unread.Add(field.Path);
        return levels.IsEmpty && !complete ? null : new IndicatorTree(field, levels, reader.LocationOfValue(field.Key));
    }

    /// <summary>A level whose name cannot be read is left out; one whose items cannot all be read keeps those that can. Either marks the tree unread.</summary>
    private FirstLevelIndicator? ReadFirstLevel(FieldDefinition tree, YamlNode node, string file)
    {
        var level = MappingReader.From(node, file, Messages.Format("What_FirstLevel"), diagnostics);
        if (level is null) return null;
        level.RejectUnknownKeys("level1", "groups");
        var name = level.String("level1");
        var groups = level.Items("groups", child => ReadSecondLevel(tree, child, file));
        if (!groups.Complete) _unread.Add(tree.Path);
        return name is null ? null : new FirstLevelIndicator(name, groups.Items, level.Origin);
    }

    private SecondLevelIndicator? ReadSecondLevel(FieldDefinition tree, YamlNode node, string file)
    {
        var group = MappingReader.From(node, file, Messages.Format("What_SecondLevel"), diagnostics);
        if (group is null) return null;
        group.RejectUnknownKeys("level2", "items");
        var name = group.String("level2");
        // An empty second level is allowed (the form shows it as a blank row); EmptySecondLevelRule warns.
        var items = group.Items("items", child => ReadIndicator(tree, child, file), allowEmpty: true);
        if (!items.Complete) _unread.Add(tree.Path);
        return name is null ? null : new SecondLevelIndicator(name, items.Items, group.Origin);
    }

    /// <summary>
    /// One 三级指标 row. Without a 三级指标 (level3 left out or blank) it is a row the form prints with only its
    /// 二级 name and whatever cells are filled in (经济效益指标 with just a 评分标准): kept, named "".
    /// </summary>
    private Indicator? ReadIndicator(FieldDefinition tree, YamlNode node, string file)
    {
        var row = MappingReader.From(node, file, Messages.Format("What_IndicatorRow"), diagnostics);
        if (row is null) return null;
        var blank = !row.HasValue("level3");
        var name = blank ? "" : row.WithLabels(Labels(tree.Columns, "level3")).String("level3");
        var cells = ReadRow(tree, row, blank, "level3");
        return name is null || cells is null ? null : new Indicator(name, cells, cells.Origin);
    }

    private static Dictionary<string, string> Labels(IEnumerable<FieldDefinition> fields, params string[] builtIn)
    {
        var labels = fields.ToDictionary(f => f.Key, f => f.Label, StringComparer.Ordinal);
        foreach (var key in builtIn) labels[key] = FieldNames.Label(key) ?? key;
        return labels;
    }

    /// <summary>For a key this profile lacks: the other profile that has it, said so, or null.</summary>
    private string? OtherForm(string key)
    {
        var other = catalog.Profiles.Values
            .Where(p => p.Id != profile.Id)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .FirstOrDefault(p => p.AllFields.Any(f => f.Key == key) || p.AllFields.Any(f => f.Columns.Any(c => c.Key == key)));
        return other is null ? null : Messages.Format("PP0103_OtherForm", other.Id, profile.Id, profile.Name);
    }
}
