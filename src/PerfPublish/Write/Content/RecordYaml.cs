using PerfPublish.Model;

namespace PerfPublish.Write.Content;

/// <summary>
/// A form record (a project file, department.yaml) as the YAML tree <see cref="ContentYaml"/> writes: its values in the
/// record's order, texts plain where YAML reads them back unchanged, numbers as they were typed or read, a list by its items,
/// indicator trees as level1 → groups → level2 → items → level3 with the row's columns.
/// </summary>
public static class RecordYaml
{
    public static YamlMapping Of(FormRecord record) => Mapping(record.Root);

    private static YamlMapping Mapping(GroupValue group) => new([.. group.Values.Select(Entry)]);

    private static YamlEntry Entry(FieldValue value) => new(value.Field.Key, Node(value));

    private static YamlNode? Node(FieldValue value) => value switch
    {
        TextValue text => YamlScalar.Text(text.Text),
        // An amount as the office typed it (250万, 1,250.00) stays so: the profile may print it as typed. Import's have no typed text.
        NumberValue { Typed: { } typed } => YamlScalar.Text(typed),
        NumberValue number => YamlScalar.Number(number.Number),
        // A goal cell that held only numbers: the key alone (null), as import has always written it; check then names it.
        ListValue { Items.Length: 0 } => null,
        ListValue list => new YamlSequence([.. list.Items.Select(YamlScalar.Text)]),
        GroupValue group => Mapping(group),
        TableValue table => new YamlSequence([.. table.Rows.Select(Mapping)]),
        IndicatorTree tree => new YamlSequence([.. tree.Levels.Select(First)]),
        _ => throw new ArgumentException($"No YAML for a {value.GetType().Name}.", nameof(value)),
    };

    private static YamlMapping First(FirstLevelIndicator first) =>
        new([new("level1", YamlScalar.Text(first.Name)), new("groups", new YamlSequence([.. first.Groups.Select(Second)]))]);

    private static YamlMapping Second(SecondLevelIndicator second) =>
        new([new("level2", YamlScalar.Text(second.Name)), new("items", new YamlSequence([.. second.Items.Select(Row)]))]);

    /// <summary>A row; one the form prints without a 三级指标 has no level3 (<c>- {}</c> when it has nothing at all).</summary>
    private static YamlMapping Row(Indicator row) =>
        new([.. row.Name.Length > 0 ? [new YamlEntry("level3", YamlScalar.Text(row.Name))] : Array.Empty<YamlEntry>(), .. row.Cells.Values.Select(Entry)]);
}
