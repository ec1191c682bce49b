using System.Collections.Immutable;
using PerfPublish.Model;

namespace PerfPublish.Tests.Support;

/// <summary>Small edits to a loaded project, for rule tests that change one value of the seed.</summary>
public static class RecordEdits
{
    /// <summary>The levels of the project's indicator tree (the seed profile's field 'indicators').</summary>
    public static ImmutableArray<FirstLevelIndicator> Indicators(this Project project) =>
        ((IndicatorTree)project.Record.Find("indicators")!).Levels;

    public static Project WithIndicators(this Project project, ImmutableArray<FirstLevelIndicator> levels)
    {
        var tree = (IndicatorTree)project.Record.Find("indicators")!;
        return project with { Record = project.Record.With(tree with { Levels = levels }) };
    }

    public static Project WithText(this Project project, string path, string text)
    {
        var value = (TextValue)project.Record.Find(path)!;
        return project with { Record = project.Record.With(value with { Text = text }) };
    }

    /// <summary>The indicator row with one cell's text changed.</summary>
    public static Indicator WithCell(this Indicator row, string column, string text) => row with
    {
        Cells = row.Cells with
        {
            Values = [.. row.Cells.Values.Select(v => v.Field.Key == column ? ((TextValue)v) with { Text = text } : v)],
        },
    };
}
