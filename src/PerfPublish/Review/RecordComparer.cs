using System.Collections.Immutable;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Review;

/// <summary>
/// Two versions of one form record (a project, or the department form) field by field, as the form's profile
/// defines the fields: numbers as old → new, texts, lists and tables as text diffs, indicator trees by
/// identity. A field only one version's profile has counts as empty on the other side.
/// </summary>
internal sealed class RecordComparer(string where)
{
    public List<FigureChange> Figures { get; } = [];
    public List<TextChange> Texts { get; } = [];
    public List<IndicatorChange> Indicators { get; } = [];

    /// <param name="skip">Paths already shown elsewhere (a project's name, shown as a rename).</param>
    public void Compare(FormRecord? old, FormRecord? @new, IReadOnlySet<string> skip)
    {
        foreach (var (field, label) in Fields(old, @new))
        {
            if (skip.Contains(field.Path)) continue;
            var before = old?.Find(field.Path);
            var after = @new?.Find(field.Path);
            switch (field.Type)
            {
                case FieldType.Amount or FieldType.Percentage:
                    var (o, n) = ((before as NumberValue)?.Number, (after as NumberValue)?.Number);
                    if (o != n) Figures.Add(new FigureChange(where, label, o, n, field.Type == FieldType.Percentage));
                    break;
                case FieldType.Indicators:
                    Indicators.AddRange(IndicatorComparer.Compare(where, before as IndicatorTree, after as IndicatorTree));
                    break;
                default:
                    var diff = TextDiff.Between(Text(before), Text(after));
                    if (diff.HasChanges) Texts.Add(new TextChange(where, label, diff));
                    break;
            }
        }
    }

    /// <summary>Every leaf field of the new profile, then those only the old one has, each with its label under its group's.</summary>
    private static IEnumerable<(FieldDefinition Field, string Label)> Fields(FormRecord? old, FormRecord? @new)
    {
        var fields = Leaves(@new?.Profile.Fields ?? [], null).ToList();
        var paths = fields.Select(f => f.Field.Path).ToHashSet(StringComparer.Ordinal);
        return fields.Concat(Leaves(old?.Profile.Fields ?? [], null).Where(f => !paths.Contains(f.Field.Path)));
    }

    private static IEnumerable<(FieldDefinition Field, string Label)> Leaves(ImmutableArray<FieldDefinition> fields, string? group) =>
        fields.SelectMany(field => field.Type == FieldType.Group
            ? Leaves(field.Fields, group is null ? field.Label : $"{group}：{field.Label}")
            : [(field, group is null ? field.Label : $"{group}：{field.Label}")]);

    /// <summary>A value as the document prints it: list items and table rows one a line, a table's cells split by ' | '.</summary>
    internal static string Text(FieldValue? value) => value switch
    {
        ListValue list => string.Join("\n", list.Items),
        TableValue table => string.Join("\n", table.Rows.Select(row => string.Join(" | ", row.Values.Select(FieldValue.Print)))),
        _ => FieldValue.Print(value),
    };
}
