using AngleSharp.Html.Parser;
using PerfPublish.Tests.Support;
using Snapshooter.Xunit;

namespace PerfPublish.Tests.Write.Html;

public class HtmlWriterTests
{
    private static readonly AngleSharp.Html.Dom.IHtmlDocument Page = new HtmlParser().ParseDocument(Seed.Html);

    [Fact]
    public void The_seed_page_matches_its_reviewed_snapshot() => Snapshot.Match(Seed.Html);

    [Fact]
    public void The_page_is_chinese_with_one_h1_and_no_scripts_or_external_requests()
    {
        Assert.Equal("zh-CN", Page.DocumentElement.GetAttribute("lang"));
        Assert.Single(Page.QuerySelectorAll("h1"));
        Assert.Empty(Page.QuerySelectorAll("script, iframe, object, embed, [style]"));
        var references = Page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
        Assert.All(references, r => Assert.DoesNotContain("//", r));
    }

    [Fact]
    public void Tables_have_captions_scoped_headers_and_the_seed_merges()
    {
        var tables = Page.QuerySelectorAll("table");

        Assert.Equal(6, tables.Length);
        Assert.All(tables, t => Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector("caption")?.TextContent)));
        Assert.All(Page.QuerySelectorAll("th"), th => Assert.NotNull(th.GetAttribute("scope")));
        Assert.Equal("4", Page.QuerySelectorAll("th").First(th => th.TextContent == "产出指标").GetAttribute("rowspan"));
        Assert.Equal("12", Page.QuerySelectorAll("td").First(td => td.TextContent.StartsWith("预算6万元")).GetAttribute("colspan"));
    }

    [Fact]
    public void The_table_of_contents_links_every_part_section_and_project_table()
    {
        var links = Page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(8, links.Count);
        Assert.All(links, href => Assert.NotNull(Page.GetElementById(href.TrimStart('#'))));
    }
}
