using PerfPublish.Model;
using Scriban.Runtime;

namespace PerfPublish.Compose;

/// <summary>
/// A form record as templates see it: every field a member by its key (record.budget.total), a tree as
/// first.name / first.groups / second.name / second.items / item.name and one member per column.
/// </summary>
public static class RecordView
{
    public static ScriptObject Of(Project project)
    {
        var view = Of(project.Record.Root);
        view["order"] = project.Order;
        return view;
    }

    public static ScriptObject Of(GroupValue group)
    {
        var view = new ScriptObject();
        foreach (var value in group.Values) view[value.Field.Key] = ValueOf(value);
        return view;
    }

    private static object ValueOf(FieldValue value) => value switch
    {
        TextValue text => text.Text,
        NumberValue number => number.Number,
        ListValue list => new ScriptArray(list.Items),
        GroupValue group => Of(group),
        TableValue table => new ScriptArray(table.Rows.Select(Of)),
        IndicatorTree tree => new ScriptArray(tree.Levels.Select(First)),
        _ => "",
    };

    private static ScriptObject First(FirstLevelIndicator first) => new()
    {
        ["name"] = first.Name,
        ["groups"] = new ScriptArray(first.Groups.Select(Second)),
    };

    private static ScriptObject Second(SecondLevelIndicator second) => new()
    {
        ["name"] = second.Name,
        ["items"] = new ScriptArray(second.Items.Select(Row)),
    };

    private static ScriptObject Row(Indicator item)
    {
        var row = new ScriptObject { ["name"] = item.Name };
        foreach (var column in item.Cells.Field.Columns) row[column.Key] = item.Cells[column.Key] is { } cell ? ValueOf(cell) : "";
        return row;
    }
}
