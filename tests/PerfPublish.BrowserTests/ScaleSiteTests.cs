using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PerfPublish.BrowserTests.Support;

namespace PerfPublish.BrowserTests;

/// <summary>
/// The site at a bureau's scale (<see cref="ScaleSite"/>: 1,000 units × 3 years): it builds, its index
/// stays one year's grouped list of a reasonable size, a reader finds a unit by typing its name, a
/// unit's page says what changed since the year before, and axe finds nothing at phone and desktop width.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ScaleSiteTests(Browser browser)
{
    /// <summary>Unit 2 (code 632003) adds a project each year, unit 1 drops one; both have 2021–2023.</summary>
    private const string YearOverYearPage = "2023-632003/index.html";
    private const string DroppingUnitPage = "2022-632002/index.html";
    private const string FirstYearPage = "2021-632538/index.html";

    private static readonly List<string> Levels = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [Fact]
    public void The_site_builds_and_each_index_page_lists_one_year_of_units_grouped_by_category()
    {
        Assert.True(ScaleSite.Result.Succeeded, string.Join("\n", ScaleSite.Result.Diagnostics.Take(20)));
        var index = new FileInfo(Path.Combine(ScaleSite.Root, "index.html"));
        Console.WriteLine($"scale site {ScaleSite.Shape}: built in {ScaleSite.BuildTime.TotalSeconds:0.0} s; index.html {index.Length / 1024} KB");

        // One page per year, newest first at index.html; each lists every unit of its year once, in its category.
        foreach (var (page, year) in new[] { ("index.html", 2023), ("index-2022.html", 2022), ("index-2021.html", 2021) })
        {
            var html = File.ReadAllText(Path.Combine(ScaleSite.Root, page));
            Assert.Contains($"<h1>{year}年部门预算绩效目标公开</h1>", html);
            Assert.Equal(ScaleSite.Shape.Units, Regex.Matches(html, $"<li><a href=\"\\./{year}-\\d+/index.html\">").Count);
            Assert.Equal(10, Regex.Matches(html, "<section class=\"category\"").Count);
        }
        // One search index for every page and year, loaded by the search box on first use only.
        var search = new FileInfo(Path.Combine(ScaleSite.Root, "search-index.js"));
        Console.WriteLine($"search-index.js {search.Length / 1024} KB");
        Assert.True(search.Exists);
        // A phone on a slow connection still gets the list: a bound a reviewer can see (one year, 1,000 units).
        Assert.True(index.Length < 400 * 1024, $"index.html is {index.Length / 1024} KB");
    }

    [Fact]
    public void The_site_wide_open_data_and_the_sitemap_cover_every_publication()
    {
        var publications = ScaleSite.Shape.Publications;
        Assert.Equal(publications + 1, File.ReadAllLines(Path.Combine(ScaleSite.Root, "data", "units.csv")).Length);
        var sitemap = File.ReadAllText(Path.Combine(ScaleSite.Root, "sitemap.xml"));
        Assert.Equal(publications + 3, Regex.Matches(sitemap, "<loc>https://czj.example.gov.cn/jxmb/").Count);
        Assert.Contains("<loc>https://czj.example.gov.cn/jxmb/2023-632003/index.html</loc>", sitemap);
        var page = File.ReadAllText(Path.Combine(ScaleSite.Root, YearOverYearPage));
        Assert.Matches("<meta name=\"description\" content=\"秦皇岛市北戴河区政府采购中心第3分部\\(本级\\)（单位编码632003）2023年部门预算绩效目标：预算项目5个", page);
    }

    [Fact]
    public void A_unit_page_links_its_years_and_says_what_changed_since_the_year_before()
    {
        var page = File.ReadAllText(Path.Combine(ScaleSite.Root, YearOverYearPage));
        Assert.Contains("<a href=\"../2021-632003/index.html\">2021年</a>", page);
        Assert.Contains("<span aria-current=\"page\">2023年</span>", page);
        Assert.Contains("<h3 id=\"changes\">与2022年相比</h3>", page);
        Assert.Contains("2023年新增的项目", page);
        Assert.Contains("预算数有增减的项目", page);

        var dropping = File.ReadAllText(Path.Combine(ScaleSite.Root, DroppingUnitPage));
        Assert.Contains("2021年有、2022年不再列出的项目", dropping);
        Assert.DoesNotContain("id=\"changes\"", File.ReadAllText(Path.Combine(ScaleSite.Root, FirstYearPage)));
        // Some unit's page reports a changed target value (the generator raises one in every third project).
        Assert.Contains(Directory.GetDirectories(ScaleSite.Root, "2022-*").Take(20),
            folder => File.ReadAllText(Path.Combine(folder, "index.html")).Contains("指标值有变化的绩效指标", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Typing_a_unit_name_or_a_project_name_filters_the_index_and_says_how_many()
    {
        await using var visit = await browser.Open("index.html", 1280, site: ScaleSite.Root);
        var input = visit.Page.GetByLabel("查找单位或项目（名称或编码）");

        await input.FillAsync("第538分部");
        await Expect(visit.Page, "#search-status", "找到 1 个单位");
        // The same unit's other years are listed below the page's own list, each with its year.
        var otherYears = await visit.Page.Locator("#search-results a").AllTextContentsAsync();
        Assert.NotEmpty(otherYears);
        Assert.All(otherYears, link => Assert.Matches("^202[12]年 秦皇岛市北戴河区政府采购中心第538分部", link));
        var shown = visit.Page.Locator(".units li:visible");
        Assert.Equal(1, await shown.CountAsync());
        Assert.Contains("秦皇岛市北戴河区政府采购中心第538分部(本级)", await shown.First.TextContentAsync());

        // A project name that only the units that added projects have (every third unit, from the search index).
        await input.FillAsync("评审费（2）");
        await Expect(visit.Page, "#search-status", "找到 333 个单位");
        Assert.Equal("找到 333 个单位", await visit.Page.Locator("#search-status").TextContentAsync());

        // Every unit, in this year's list and in the two years before: the other years' results are listed up to 50.
        await input.FillAsync("北戴河区政府采购中心");
        await Expect(visit.Page, "#search-status", "找到 1000 个单位；其他年度 2000 份公开文件，列出前 50 份");
        Assert.Equal(50, await visit.Page.Locator("#search-results li").CountAsync());

        await input.FillAsync("");
        await visit.Page.WaitForFunctionAsync("() => document.querySelectorAll('.units li:not([hidden])').length === 1000");
        Assert.Empty(visit.Console);
        Assert.Empty(visit.External);
    }

    [BrowserFact]
    public async Task The_index_a_unit_page_and_a_year_over_year_page_have_no_axe_violations()
    {
        var violations = new List<string>();
        foreach (var page in new[] { "index.html", FirstYearPage, YearOverYearPage })
        foreach (var width in new[] { 1280, 360 })
        {
            await using var visit = await browser.Open(page, width, site: ScaleSite.Root);
            var result = await visit.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Levels } });
            violations.AddRange(result.Violations.Select(v =>
                $"{page} at {width}px: {v.Id} ({v.Impact}) {v.Help}: {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        Assert.Empty(violations);
    }

    [BrowserFact]
    public async Task The_filtered_index_has_no_axe_violations_either()
    {
        await using var visit = await browser.Open("index.html", 360, site: ScaleSite.Root);
        await visit.Page.GetByLabel("查找单位或项目（名称或编码）").FillAsync("第538分部");
        await Expect(visit.Page, "#search-status", "找到 1 个单位");

        var result = await visit.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Levels } });

        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
    }

    [BrowserFact]
    public async Task Screenshots_of_the_charts_and_the_index_at_360_and_1280_px_are_kept_for_review()
    {
        var folder = Artifacts.Folder("screenshots-scale");
        foreach (var page in new[] { "index.html", YearOverYearPage })
        foreach (var width in new[] { 360, 1280 })
        {
            await using var visit = await browser.Open(page, width, site: ScaleSite.Root);
            var path = Path.Combine(folder, $"{Artifacts.NameOf(page)}-{width}.png");
            var overview = visit.Page.Locator(".overview");
            if (await overview.CountAsync() > 0) await overview.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
            else await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
            Assert.True(new FileInfo(path).Length > 10_000, $"{path} is nearly empty");
        }
    }

    /// <summary>
    /// Waits until the element's text starts with <paramref name="text"/> (the index's search adds what it found in
    /// other years) and the search index has loaded.
    /// </summary>
    private static async Task Expect(IPage page, string selector, string text) =>
        await page.WaitForFunctionAsync("([s, t]) => { const said = document.querySelector(s).textContent; return said.startsWith(t) && !said.includes('正在载入'); }", new[] { selector, text },
            new PageWaitForFunctionOptions { Timeout = Browser.Patience });
}
