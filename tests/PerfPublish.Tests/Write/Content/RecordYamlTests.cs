using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;
using PerfPublish.Tests.Support;
using PerfPublish.Write.Content;

namespace PerfPublish.Tests.Write.Content;

/// <summary>
/// The one content-file writer writes what the loader reads back: every project and department record of every shipped
/// example (one per profile: amounts typed with 万, empty second levels, tables, side-by-side trees), written by
/// <see cref="RecordYaml"/> and loaded again, holds the same values, printed the same.
/// </summary>
public class RecordYamlTests
{
    public static TheoryData<string> Examples() => [.. ExampleDocx.Examples];

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_record_written_and_loaded_again_holds_the_same_values(string example)
    {
        var original = Load(Path.Combine(Repo.Content, example));
        using var copy = TempContent.CopyOf(Path.Combine(Repo.Content, example));
        // A department form published alone has no projects folder.
        var folder = Path.Combine(copy.Path, "projects");
        var projects = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
        Assert.Equal(original.Projects.Length, projects.Count);
        foreach (var (project, file) in original.Projects.OrderBy(p => p.Order).Zip(projects)) File.WriteAllText(file, Written(project.Record));
        if (original.Department is { } department) File.WriteAllText(Path.Combine(copy.Path, PublicationLoader.DepartmentFile), Written(department));

        var reloaded = Load(copy.Path);

        Assert.Equal(original.Projects.SelectMany(p => Describe(p.Record)), reloaded.Projects.SelectMany(p => Describe(p.Record)));
        Assert.Equal(original.Department is null ? [] : Describe(original.Department), reloaded.Department is null ? [] : Describe(reloaded.Department));
    }

    private static string Written(FormRecord record) => ContentYaml.File([], RecordYaml.Of(record));

    private static Publication Load(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var publication = PublicationLoader.Load(folder, Seed.Forms, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return publication!;
    }

    /// <summary>Every value of the record as a line: its path and what the page prints of it, each tree row and each empty second level.</summary>
    private static IEnumerable<string> Describe(FormRecord record) =>
        record.All.Where(v => v is not GroupValue).SelectMany(value => value switch
        {
            IndicatorTree tree =>
                from first in tree.Levels
                from second in first.Groups
                from row in second.Items.Select(i => $" / {i.Name}: {string.Join(" | ", i.Cells.Values.Select(FieldValue.Print))}").Prepend("")
                select $"{tree.Field.Path}: {first.Name} / {second.Name}{row}",
            TableValue table => table.Rows.Select(r => $"{table.Field.Path}: {string.Join(" | ", r.Values.Select(FieldValue.Print))}"),
            ListValue list => list.Items.Select(item => $"{list.Field.Path}: {item}"),
            _ => [$"{value.Field.Path}: {FieldValue.Print(value)}"],
        });
}
