namespace PerfPublish.Model;

/// <summary>One 三级指标 row of an indicator tree: its name and its cells, one per column of the profile.</summary>
public sealed record Indicator(string Name, GroupValue Cells, Origin Origin)
{
    public string Text(string column) => Cells.Text(column);
}
