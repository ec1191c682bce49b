using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PerfPublish.Publishing;

namespace PerfPublish.Tests.Support;

/// <summary>
/// A site built from publications of Fixtures/site-truth (and the seed), each copied into a temporary content/
/// folder under the slug given: the combinations the tests of what the site says need. Deleted when disposed.
/// </summary>
public sealed class TruthSite : IDisposable
{
    public static string Fixture(string name) => Path.Combine(Repo.Fixtures, "site-truth", name);

    private TruthSite(string root) => Root = root;

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Output => Path.Combine(Root, "output");
    public string Site => Path.Combine(Output, "site");
    public BuildResult Result { get; private set; } = new([], []);

    /// <summary>Copies each (fixture folder, slug) into content/ and builds the site (no PDF).</summary>
    public static TruthSite Build(params (string Folder, string Slug)[] publications)
    {
        var site = new TruthSite(Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N")));
        foreach (var (folder, slug) in publications) TempContent.Copy(folder, Path.Combine(site.Content, slug));
        site.Rebuild();
        return site;
    }

    public BuildResult Rebuild()
    {
        Result = Pipeline.Build(new BuildOptions(Content, Repo.Templates, Output) { RenderPdf = false });
        return Result;
    }

    public string Text(string path) => File.ReadAllText(Path.Combine(Site, path));

    public IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(Text(path));

    /// <summary>The text of a publication page's "与上年相比" part, from its heading to the end of the overview.</summary>
    public string Changes(string slug)
    {
        var overview = Page(slug + "/index.html").QuerySelector(".overview")!;
        var heading = overview.QuerySelector("#changes");
        Assert.NotNull(heading);
        var text = new System.Text.StringBuilder();
        for (var node = heading; node is not null; node = node.NextElementSibling) text.Append(node.TextContent).Append('\n');
        return text.ToString();
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
