using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.BrowserTests.Support;

/// <summary>
/// The repository's publications built once into output/test-artifacts/site, the pages the tests load.
/// The PDF step is off: it needs LibreOffice and does not change the pages except for one link.
/// </summary>
public static class BuiltSite
{
    private static readonly Lazy<string> Folder = new(Build);

    public static string Root => Folder.Value;

    /// <summary>Every page of the site, relative to its root: the index first, then each publication's page.</summary>
    public static IReadOnlyList<string> Pages =>
        [.. Directory.GetFiles(Root, "*.html", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .OrderBy(p => p == "index.html" ? "" : p, StringComparer.Ordinal)];

    private static string Build()
    {
        var output = Artifacts.Folder("build");
        var options = new BuildOptions(Repo.Content, Repo.Templates, output) { RenderPdf = false };
        var result = Pipeline.Build(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return options.SiteFolder;
    }
}

/// <summary>output/test-artifacts/browser: the site the tests loaded, their screenshots and print PDFs, kept for people to look at.</summary>
public static class Artifacts
{
    public static string Folder(string name)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.Combine(Repo.Root, "output"), "test-artifacts", "browser", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A file name for a page: "index.html" → "index", "2021-632001/index.html" → "2021-632001".</summary>
    public static string NameOf(string page) => page == "index.html" ? "index" : page.Split('/')[0];
}
