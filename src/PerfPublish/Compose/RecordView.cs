using PerfPublish.Forms;
using PerfPublish.Model;
using Scriban.Runtime;

namespace PerfPublish.Compose;

/// <summary>
/// A form record as templates see it: every field a member by its key (record.budget.total), a tree as
/// first.name / first.groups / second.name / second.items / item.name and one member per column. A first
/// level whose 分值 range the profile declares (checks.scores) also has first.score_range ("0-20").
/// </summary>
public static class RecordView
{
    public static ScriptObject Of(Project project)
    {
        var view = Of(project.Record);
        view["order"] = project.Order;
        return view;
    }

    public static ScriptObject Of(FormRecord record) => Of(record.Root, record.Profile);

    /// <summary>
    /// Every field the definition has is a member: an optional field left blank is "" (an empty list or
    /// table, an empty group), so a template prints an empty cell for it, as the paper form does.
    /// </summary>
    public static ScriptObject Of(GroupValue group, FormProfile? profile = null)
    {
        var view = new ScriptObject();
        var fields = group.Field.Type == FieldType.Group ? group.Field.Fields : group.Field.Columns;
        foreach (var field in fields) view[field.Key] = group[field.Key] is { } value ? ValueOf(value, profile) : Blank(field);
        return view;
    }

    private static object Blank(FieldDefinition field) => field.Type switch
    {
        FieldType.Group => Of(new GroupValue(field, [], Origin.Of(field.At))),
        FieldType.List or FieldType.Table or FieldType.Indicators => new ScriptArray(),
        _ => "",
    };

    private static object ValueOf(FieldValue value, FormProfile? profile) => value switch
    {
        TextValue text => text.Text,
        // A profile that says how its amount prints (print:) gets the printed text; otherwise the number, for | amount.
        NumberValue number => number.Field.Print == AmountPrint.Default ? number.Number : number.Printed,
        ListValue list => new ScriptArray(list.Items),
        GroupValue group => Of(group, profile),
        TableValue table => new ScriptArray(table.Rows.Select(row => Of(row, profile))),
        IndicatorTree tree => new ScriptArray(tree.Levels.Select(first => First(first, ScoresOf(tree, profile)))),
        _ => "",
    };

    private static ScoreCheck? ScoresOf(IndicatorTree tree, FormProfile? profile) =>
        profile?.Scores.FirstOrDefault(s => s.Tree == tree.Field.Path);

    private static ScriptObject First(FirstLevelIndicator first, ScoreCheck? scores)
    {
        var view = new ScriptObject
        {
            ["name"] = first.Name,
            ["groups"] = new ScriptArray(first.Groups.Select(Second)),
        };
        if (scores?.RangeOf(first.Name) is { } range) view["score_range"] = range.Printed;
        return view;
    }

    private static ScriptObject Second(SecondLevelIndicator second) => new()
    {
        ["name"] = second.Name,
        ["items"] = new ScriptArray(second.Items.Select(Row)),
    };

    private static ScriptObject Row(Indicator item)
    {
        var row = new ScriptObject { ["name"] = item.Name };
        foreach (var column in item.Cells.Field.Columns) row[column.Key] = item.Cells[column.Key] is { } cell ? ValueOf(cell, null) : "";
        return row;
    }
}
