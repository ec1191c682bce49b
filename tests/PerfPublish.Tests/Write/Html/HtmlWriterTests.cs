using AngleSharp.Html.Parser;
using PerfPublish.Tests.Support;
using PerfPublish.Write.Html;
using Snapshooter.Xunit;

namespace PerfPublish.Tests.Write.Html;

public class HtmlWriterTests
{
    private static readonly AngleSharp.Html.Dom.IHtmlDocument Page = new HtmlParser().ParseDocument(Seed.Html);

    private static readonly string SearchScript = File.ReadAllText(Path.Combine(Repo.Templates, "site", "search.js")).ReplaceLineEndings("\n");

    [Fact]
    public void The_seed_page_matches_its_reviewed_snapshot() => Snapshot.Match(Seed.Html);

    [Fact]
    public void The_page_is_chinese_with_one_h1_the_search_script_alone_and_no_external_requests()
    {
        Assert.Equal("zh-CN", Page.DocumentElement.GetAttribute("lang"));
        Assert.Single(Page.QuerySelectorAll("h1"));
        // The search box's script is the page's only one, inline (templates/site/search.js as it is); the box is hidden without it.
        var script = Assert.Single(Page.QuerySelectorAll("script"));
        Assert.Null(script.GetAttribute("src"));
        Assert.Equal(SearchScript, script.TextContent);
        Assert.True(Page.QuerySelector("form#search")!.HasAttribute("hidden"));
        Assert.Empty(Page.QuerySelectorAll("iframe, object, embed, [style]"));
        var references = Page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
        Assert.All(references, r => Assert.DoesNotContain("//", r));
    }

    [Fact]
    public void Tables_have_captions_scoped_headers_and_the_seed_merges()
    {
        var tables = Page.QuerySelectorAll("table");

        // The document's six, and the two the overview's charts come from.
        Assert.Equal(8, tables.Length);
        Assert.Equal(6, Page.QuerySelectorAll("table:not(.data)").Length);
        Assert.All(tables, t => Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector("caption")?.TextContent)));
        Assert.All(Page.QuerySelectorAll("th"), th => Assert.NotNull(th.GetAttribute("scope")));
        Assert.Equal("4", Page.QuerySelectorAll("th").First(th => th.TextContent == "产出指标").GetAttribute("rowspan"));
        // The form's 13-column grid less columns 3 and 13, in which no cell begins (see the next test).
        Assert.Equal("10", Page.QuerySelectorAll("td").First(td => td.TextContent.StartsWith("预算6万元")).GetAttribute("colspan"));
    }

    [Fact]
    public void The_table_of_contents_links_every_part_section_and_project_table()
    {
        var links = Page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(8, links.Count);
        Assert.All(links, href => Assert.NotNull(Page.GetElementById(href.TrimStart('#'))));
    }

    [Fact]
    public void Row_headers_cover_exactly_their_rows_and_each_indicator_row_has_its_own()
    {
        var indicators = Page.QuerySelectorAll("table.indicators").First();
        var firstRow = indicators.QuerySelector("tbody tr")!;

        Assert.Empty(Page.QuerySelectorAll("th[scope=rowgroup]"));
        Assert.Equal(["row", "row", "row"], firstRow.QuerySelectorAll("th").Select(th => th.GetAttribute("scope")));
        Assert.Equal("交易数量", firstRow.QuerySelectorAll("th")[2].TextContent);
        Assert.All(indicators.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public void Column_widths_come_from_the_template_through_the_pages_one_style_element()
    {
        var style = Assert.Single(Page.QuerySelectorAll("style")).TextContent;
        var form = Page.QuerySelector("table.project-form")!;
        var layout = form.ClassList.Single(c => c.StartsWith("cols-", StringComparison.Ordinal));

        // The template's 13 columns less the two in which no cell begins (an HTML error): their widths
        // go to the column before them, so the 2nd and the last are 7% + 7%.
        Assert.Equal(11, form.QuerySelectorAll("colgroup > col").Length);
        Assert.Contains($".{layout} col:nth-child(1){{width:16%}}", style);
        Assert.Contains($".{layout} col:nth-child(2){{width:14%}}", style);
        Assert.Contains($".{layout} col:nth-child(11){{width:14%}}", style);
        Assert.Empty(Page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void The_content_security_policy_allows_only_the_search_script_its_index_and_this_style_element()
    {
        var policy = Page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        var style = Page.QuerySelector("style")!.TextContent;

        Assert.StartsWith("default-src 'none';", policy);
        // The search script by its hash, and the site's own search index (a script file, loadable from disk too).
        Assert.Contains($"script-src '{ContentSecurityPolicy.Hash(SearchScript)}' 'self';", policy);
        Assert.DoesNotContain("connect-src", policy);
        Assert.Contains($"style-src 'self' '{ContentSecurityPolicy.Hash(style)}';", policy);
        Assert.Same(Page.Head!.Children[1], Page.QuerySelector("meta[http-equiv]"));
    }

    [Fact]
    public void Parts_that_start_a_page_in_word_start_a_printed_page_too()
    {
        Assert.Equal(["part-1", "part-2"], Page.QuerySelectorAll("h2.new-page").Select(h => h.Id));
    }

    [Fact]
    public void Every_table_scrolls_in_a_focusable_region_named_by_its_caption()
    {
        Assert.All(Page.QuerySelectorAll("table"), table =>
        {
            var region = table.ParentElement!;
            Assert.Equal("section", region.LocalName);
            Assert.Equal("0", region.GetAttribute("tabindex"));
            Assert.Equal(table.QuerySelector("caption")!.Id, region.GetAttribute("aria-labelledby"));
        });
    }
}
