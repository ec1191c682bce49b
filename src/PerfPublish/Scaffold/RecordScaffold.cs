using System.Collections.Immutable;
using System.Globalization;
using PerfPublish.Forms;
using PerfPublish.Validate;
using PerfPublish.Validate.Rules;
using PerfPublish.Write.Content;

namespace PerfPublish.Scaffold;

/// <summary>
/// A new content file for a form profile, written from its definition: every field in order with a comment
/// (its label and description) above it, a 【待填写】 placeholder in each text, 0.00 in each amount, a
/// cumulative plan spread evenly to its end value, and the indicator tree of the publication's framework
/// with one row under each second level. check lists every placeholder still to fill in. Written by the one
/// content-file writer (<see cref="ContentYaml"/>) that import writes with too.
/// </summary>
public static class RecordScaffold
{
    public static string Render(FormProfile profile, Framework framework, string schemas)
    {
        var kind = profile.Kind == FormKind.Project ? "project" : "department";
        string[] head =
        [
            $"yaml-language-server: $schema={schemas}/{FormSchema.FileName(profile)}",
            $"{profile.Name}（由 perfpublish new {kind} 生成，表式 {profile.Id}）。",
            $"请把每个“{PlaceholderRule.Marker}”换成实际内容，然后运行 perfpublish check。",
        ];
        var plans = CumulativeDefaults(profile);
        return ContentYaml.File(head, new YamlMapping([.. profile.Fields.Select(f => Field(f, framework, plans))]), blankLineAfterHead: true);
    }

    private static YamlEntry Field(FieldDefinition field, Framework framework, IReadOnlyDictionary<string, decimal> plans) =>
        new(field.Key, field.Type switch
        {
            FieldType.Group => new YamlMapping([.. field.Fields.Select(child => Field(child, framework, plans))]),
            FieldType.List => new YamlSequence([Placeholder(field)]),
            FieldType.Table => new YamlSequence([Row(field.Columns, [])]),
            FieldType.Indicators => Tree(field, framework),
            _ => Scalar(field, plans),
        })
        { Comments = [Comment(field)] };

    /// <summary>The label, its description, and whether it may be left out: what an editor needs beside the key.</summary>
    private static string Comment(FieldDefinition field) =>
        field.Label + (field.Description is null ? "" : "：" + field.Description) + (field.Required ? "" : "（可不填，不填时删去此项）");

    private static YamlSequence Tree(FieldDefinition tree, Framework framework) =>
        new([.. framework.FirstLevels.Select(first => new YamlMapping(
        [
            new("level1", new YamlScalar(first)),
            new("groups", new YamlSequence([.. framework.Levels[first].Select(second => new YamlMapping(
            [
                new("level2", new YamlScalar(second)),
                new("items", new YamlSequence([Row(tree.Columns, [new("level3", YamlScalar.Quoted(PlaceholderRule.Marker + "三级指标名称"))])])),
            ]))])),
        ]))]);

    /// <summary>One row of a table or an indicator tree: its first cells, then one per column.</summary>
    private static YamlMapping Row(IEnumerable<FieldDefinition> columns, ImmutableArray<YamlEntry> first) =>
        new([.. first, .. columns.Select(c => new YamlEntry(c.Key, Scalar(c, ImmutableDictionary<string, decimal>.Empty)))]);

    private static YamlScalar Scalar(FieldDefinition field, IReadOnlyDictionary<string, decimal> plans) => field.Type switch
    {
        FieldType.Amount => new("0.00"),
        FieldType.Percentage => new((plans.TryGetValue(field.Path, out var percent) ? percent : 0m).ToString("0.##", CultureInfo.InvariantCulture)),
        _ when field.Role == ColumnRole.Target => YamlScalar.Quoted(PlaceholderRule.Marker + field.Label + "，如 ≥90%"),
        _ => Placeholder(field),
    };

    private static YamlScalar Placeholder(FieldDefinition field) => YamlScalar.Quoted(PlaceholderRule.Marker + field.Label);

    /// <summary>Each cumulative plan's checkpoints spread evenly up to its end value (25, 50, 75, 100), so check passes them.</summary>
    private static Dictionary<string, decimal> CumulativeDefaults(FormProfile profile)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var plan in profile.Cumulative)
            for (var i = 0; i < plan.Fields.Length; i++)
                values[plan.Fields[i]] = Math.Round((plan.EndsAt ?? 100) * (i + 1) / plan.Fields.Length, 2);
        return values;
    }
}
