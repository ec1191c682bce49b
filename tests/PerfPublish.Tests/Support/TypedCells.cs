using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;

namespace PerfPublish.Tests.Support;

/// <summary>
/// Every cell an editor typed into a publication's files, as its form prints it: the title and unit, each
/// 分项绩效目标, and every value of every form record (texts, amounts as their profile prints them, list
/// items, indicator names and row cells), each with where it was typed.
/// </summary>
public static class TypedCells
{
    public static IReadOnlyList<(string Where, string Text)> Of(string publicationFolder)
    {
        var diagnostics = new DiagnosticBag();
        var publication = PublicationLoader.Load(publicationFolder, Seed.Forms, diagnostics)!;
        Assert.Empty(diagnostics.Items);
        var records = publication.Projects.Select(p => p.Record).Concat(publication.Department is { } d ? [d] : []);
        return
        [
            ("title", publication.Title),
            ("unit.name", publication.Unit.Name),
            .. publication.Objectives.SelectMany(o => new[] { ("objective", o.Name), ("objective", o.Goal), ("objective", o.Indicator) }),
            .. records.SelectMany(r => r.All.SelectMany(Cells)),
        ];
    }

    private static IEnumerable<(string Where, string Text)> Cells(FieldValue value) => value switch
    {
        TextValue text => [(Where(value), text.Text)],
        NumberValue number => [(Where(value), number.Printed)],
        ListValue list => list.Items.Select(item => (Where(value), item)),
        TableValue table => table.Rows.SelectMany(row => row.Values.SelectMany(Cells)),
        IndicatorTree tree => tree.Levels.SelectMany(first => first.Groups.SelectMany(second =>
            new[] { (Where(value), first.Name), (Where(value), second.Name) }
                .Concat(second.Items.SelectMany(row => row.Cells.Values.SelectMany(Cells).Prepend((Where(value), row.Name))))))
            .Where(cell => cell.Item2.Length > 0),
        _ => [],
    };

    private static string Where(FieldValue value) => $"{value.At} {value.Field.Path}";
}
