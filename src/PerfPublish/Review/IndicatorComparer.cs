using System.Collections.Immutable;
using PerfPublish.Model;

namespace PerfPublish.Review;

/// <summary>
/// Two versions of a project's indicator tree, indicator by indicator (三级指标, by <see cref="ReviewIdentity.Indicator"/>).
/// One that lost its path and one that gained it count as a rename when they share their first and second
/// level and every other cell, and there is exactly one such pair in that group; anything else is removed and added.
/// </summary>
internal static class IndicatorComparer
{
    private sealed record Row(string Path, string Group, Indicator Item);

    public static IEnumerable<IndicatorChange> Compare(string project, IndicatorTree? old, IndicatorTree? @new)
    {
        var columns = (@new ?? old)!.Field.Columns;
        var before = Rows(old);
        var after = Rows(@new);
        var oldPaths = before.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        var newPaths = after.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        var removed = before.Where(r => !newPaths.Contains(r.Path)).ToList();
        var added = after.Where(r => !oldPaths.Contains(r.Path)).ToList();
        var renames = Renames(removed, added, columns.Select(c => c.Key).ToList());

        foreach (var row in after)
        {
            if (renames.FirstOrDefault(r => r.New == row) is { Old: { } renamed })
                yield return new IndicatorChange(project, IndicatorChangeKind.Renamed, row.Path, renamed.Item.Name, row.Item.Name, []);
            else if (!oldPaths.Contains(row.Path))
                yield return new IndicatorChange(project, IndicatorChangeKind.Added, row.Path, "", row.Item.Name, Cells(columns, null, row.Item));
            else if (Cells(columns, before.First(b => b.Path == row.Path).Item, row.Item) is { Length: > 0 } cells)
                yield return new IndicatorChange(project, IndicatorChangeKind.Changed, row.Path, row.Item.Name, row.Item.Name, cells);
        }
        foreach (var row in removed.Where(r => renames.All(p => p.Old != r)))
            yield return new IndicatorChange(project, IndicatorChangeKind.Removed, row.Path, row.Item.Name, "", Cells(columns, row.Item, null));
    }

    private static List<Row> Rows(IndicatorTree? tree) =>
        tree is null ? [] : [.. from first in tree.Levels from second in first.Groups from item in second.Items
            select new Row(ReviewIdentity.Indicator(first, second, item), $"{first.Name}\u001f{second.Name}", item)];

    private static List<(Row Old, Row New)> Renames(List<Row> removed, List<Row> added, List<string> columns)
    {
        string Cells(Row row) => row.Group + "\u001f" + string.Join("\u001f", columns.Select(row.Item.Text));
        return [.. from old in removed
            let same = added.Where(a => Cells(a) == Cells(old)).ToList()
            where same.Count == 1 && removed.Count(r => Cells(r) == Cells(old)) == 1
            select (old, same[0])];
    }

    /// <summary>The cells that differ, by the profile's column labels; for an indicator on one side only, all of its cells.</summary>
    private static ImmutableArray<TextChange> Cells(ImmutableArray<Forms.FieldDefinition> columns, Indicator? old, Indicator? @new) =>
        [.. from column in columns
            let diff = TextDiff.Between(old?.Text(column.Key) ?? "", @new?.Text(column.Key) ?? "")
            where diff.HasChanges
            select new TextChange("", column.Label, diff)];
}
