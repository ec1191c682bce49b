using AngleSharp.Html.Parser;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

public class PipelineTests
{
    [Fact]
    public void Every_text_cell_of_the_seed_reaches_both_the_docx_and_the_html()
    {
        var docx = SeedCells.Squeeze(DocxText.Of(Seed.Docx));
        var html = SeedCells.Squeeze(new HtmlParser().ParseDocument(Seed.Html).Body!.TextContent);

        var cells = SeedCells.All();
        Assert.True(cells.Count >= 148, $"the seed fixture has 148 distinct cells, found {cells.Count}");
        Assert.DoesNotContain(cells, c => !docx.Contains(SeedCells.Squeeze(c)));
        Assert.DoesNotContain(cells, c => !html.Contains(SeedCells.Squeeze(c)));
    }

    [Fact]
    public void Building_the_same_content_twice_gives_byte_identical_files()
    {
        using var first = TempContent.CopyOf(Repo.SeedPublication);
        using var second = TempContent.CopyOf(Repo.SeedPublication);

        var site = new Uri("https://czj.example.gov.cn/jxmb/");
        Assert.True(Pipeline.Build(new BuildOptions(first.Content, Repo.Templates, first.Output) { RenderPdf = false, SiteUrl = site }).Succeeded);
        Assert.True(Pipeline.Build(new BuildOptions(second.Content, Repo.Templates, second.Output) { RenderPdf = false, SiteUrl = site }).Succeeded);

        var files = Directory.GetFiles(first.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            ".perfpublish-output", "build-manifest.json", "build-stamps.json",
            "site/data/budgets.csv", "site/data/datapackage.json", "site/data/indicators.csv", "site/data/site.json", "site/data/units.csv",
            "site/index.html", "site/publication/datapackage.json", "site/publication/index.html",
            "site/publication/publication-budgets.csv", "site/publication/publication-indicators.csv",
            "site/publication/publication.docx", "site/publication/publication.json",
            "site/schemas/publication.v1.schema.json", "site/search-index.js", "site/site.css", "site/sitemap.xml",
        ], files.Select(f => f.Replace('\\', '/')));
        // build-stamps.json records the files' write times, which differ between any two builds (BuildStamps).
        Assert.All(files.Where(f => f != BuildStamps.FileName), f => Assert.Equal(File.ReadAllBytes(Path.Combine(first.Output, f)), File.ReadAllBytes(Path.Combine(second.Output, f))));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        var options = new BuildOptions(content.Content, Repo.Templates, content.Output) { RenderPdf = false };
        Assert.True(Pipeline.Build(options).Succeeded);
        var before = Snapshot(content.Output);

        content.Replace("projects/02-review-fees.yaml", "  total: 13.00", "  total: 14.00");
        var result = Pipeline.Build(options);

        Assert.False(result.Succeeded);
        Assert.Empty(result.WrittenFiles);
        Assert.Equal(before, Snapshot(content.Output));
    }

    [Fact]
    public void The_site_index_lists_each_unit_of_the_year_under_its_category_with_its_total()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        Pipeline.Build(new BuildOptions(content.Content, Repo.Templates, content.Output) { RenderPdf = false });

        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.Output, "site", "index.html")));

        Assert.Equal("2021年部门预算绩效目标公开", index.QuerySelector("main h1")!.TextContent);
        // The seed names no category: its unit is listed under 其他单位.
        Assert.Equal("其他单位", index.QuerySelector("section.category h2")!.TextContent);
        var unit = index.QuerySelector(".units li")!;
        Assert.Equal("./publication/index.html", unit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("秦皇岛市北戴河区政府采购中心(本级)", unit.QuerySelector("a")!.TextContent);
        Assert.Equal("632001 · 3个项目 · 30.03万元", unit.QuerySelector("span")!.TextContent);
        Assert.Contains("预算数合计30.03万元", index.QuerySelector("main > p")!.TextContent);
        // Without JavaScript the list is all there is: the search form stays hidden until its script shows it.
        Assert.True(index.GetElementById("search")!.HasAttribute("hidden"));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
