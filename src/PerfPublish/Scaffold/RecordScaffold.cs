using System.Globalization;
using System.Text;
using PerfPublish.Forms;
using PerfPublish.Validate;
using PerfPublish.Validate.Rules;

namespace PerfPublish.Scaffold;

/// <summary>
/// A new content file for a form profile, written from its definition: every field in order with a comment
/// (its label and description) above it, a 【待填写】 placeholder in each text, 0.00 in each amount, a
/// cumulative plan spread evenly to its end value, and the indicator tree of the publication's framework
/// with one row under each second level. check lists every placeholder still to fill in.
/// </summary>
public static class RecordScaffold
{
    public static string Render(FormProfile profile, Framework framework, string schemas)
    {
        var yaml = new StringBuilder();
        yaml.Append("# yaml-language-server: $schema=").Append(schemas).Append('/').Append(FormSchema.FileName(profile)).Append('\n');
        yaml.Append("# ").Append(profile.Name).Append("（由 perfpublish new ").Append(profile.Kind == FormKind.Project ? "project" : "department").Append(" 生成，表式 ").Append(profile.Id).Append("）。\n");
        yaml.Append("# 请把每个“").Append(PlaceholderRule.Marker).Append("”换成实际内容，然后运行 perfpublish check。\n\n");
        var plans = CumulativeDefaults(profile);
        foreach (var field in profile.Fields) Field(yaml, field, 0, framework, plans);
        return yaml.ToString();
    }

    private static void Field(StringBuilder yaml, FieldDefinition field, int indent, Framework framework, IReadOnlyDictionary<string, decimal> plans)
    {
        var pad = new string(' ', indent);
        yaml.Append(pad).Append("# ").Append(field.Label);
        if (field.Description is not null) yaml.Append("：").Append(field.Description);
        if (!field.Required) yaml.Append("（可不填，不填时删去此项）");
        yaml.Append('\n');
        yaml.Append(pad).Append(field.Key).Append(':');
        switch (field.Type)
        {
            case FieldType.Group:
                yaml.Append('\n');
                foreach (var child in field.Fields) Field(yaml, child, indent + 2, framework, plans);
                break;
            case FieldType.List:
                yaml.Append('\n').Append(pad).Append("  - ").Append(Placeholder(field)).Append('\n');
                break;
            case FieldType.Table:
                yaml.Append('\n');
                Row(yaml, field.Columns, indent + 2, []);
                break;
            case FieldType.Indicators:
                yaml.Append('\n');
                Tree(yaml, field, indent + 2, framework);
                break;
            default:
                yaml.Append(' ').Append(Scalar(field, plans)).Append('\n');
                break;
        }
    }

    private static void Tree(StringBuilder yaml, FieldDefinition tree, int indent, Framework framework)
    {
        var pad = new string(' ', indent);
        foreach (var first in framework.FirstLevels)
        {
            yaml.Append(pad).Append("- level1: ").Append(first).Append('\n');
            yaml.Append(pad).Append("  groups:\n");
            foreach (var second in framework.Levels[first])
            {
                yaml.Append(pad).Append("    - level2: ").Append(second).Append('\n');
                yaml.Append(pad).Append("      items:\n");
                Row(yaml, tree.Columns, indent + 8, [("level3", ScaffoldTemplate.YamlString(PlaceholderRule.Marker + "三级指标名称"))]);
            }
        }
    }

    /// <summary>One row of a table or an indicator tree: "- " before its first key, the rest under it.</summary>
    private static void Row(StringBuilder yaml, IEnumerable<FieldDefinition> columns, int indent, (string Key, string Value)[] first)
    {
        var cells = first.Concat(columns.Select(c => (c.Key, Scalar(c, new Dictionary<string, decimal>())))).ToList();
        for (var i = 0; i < cells.Count; i++)
            yaml.Append(new string(' ', indent)).Append(i == 0 ? "- " : "  ").Append(cells[i].Item1).Append(": ").Append(cells[i].Item2).Append('\n');
    }

    private static string Scalar(FieldDefinition field, IReadOnlyDictionary<string, decimal> plans) => field.Type switch
    {
        FieldType.Amount => "0.00",
        FieldType.Percentage => (plans.TryGetValue(field.Path, out var percent) ? percent : 0m).ToString("0.##", CultureInfo.InvariantCulture),
        _ when field.Role == ColumnRole.Target => ScaffoldTemplate.YamlString(PlaceholderRule.Marker + field.Label + "，如 ≥90%"),
        _ => Placeholder(field),
    };

    private static string Placeholder(FieldDefinition field) => ScaffoldTemplate.YamlString(PlaceholderRule.Marker + field.Label);

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
