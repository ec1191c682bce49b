using System.Collections.Concurrent;
using PerfPublish.Publishing;

namespace PerfPublish.Tests.Support;

/// <summary>
/// A publication's DOCX as the build writes it (without the PDF). The shipped examples are built once per
/// test run (<see cref="Of"/>); any other folder, such as an imported one, with <see cref="Build"/>.
/// </summary>
public static class ExampleDocx
{
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Built = new(StringComparer.Ordinal);

    /// <summary>Every publication shipped under content/, by folder name: one per form profile.</summary>
    public static IReadOnlyList<string> Examples => [.. Directory.GetDirectories(Repo.Content).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    public static byte[] Of(string example) => Built.GetOrAdd(example, e => new Lazy<byte[]>(() => Build(Path.Combine(Repo.Content, e)))).Value;

    public static byte[] Build(string publication)
    {
        using var temp = TempContent.CopyOf(publication);
        var options = new BuildOptions(temp.Content, Repo.Templates, temp.Output) { RenderPdf = false };
        var build = Pipeline.Build(options);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        return File.ReadAllBytes(Path.Combine(options.SiteFolder, "publication", "publication.docx"));
    }
}
