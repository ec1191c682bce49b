using Microsoft.Playwright;
using PerfPublish.BrowserTests.Support;

namespace PerfPublish.BrowserTests;

/// <summary>
/// The search box finds publications of every year from every page, with the year in each result, also when the
/// site is opened from disk (file://, where a page may load its site's search index script but fetch nothing).
/// The repository's site has one unit per year: 2019 文化和旅游局, 2020 教育局, 2021 政府采购中心, 2023 云岭区城市管理局,
/// 2024 湘源县农业农村局 (index.html is 2024's, index-2021.html 2021's).
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchTests(Browser browser)
{
    private const string Label = "查找单位或项目（名称或编码）";

    private static Uri OnDisk(string page) => new(Path.Combine(BuiltSite.Root, page));

    [BrowserFact]
    public async Task From_disk_a_publication_page_finds_a_unit_of_another_year_and_its_link_opens_it()
    {
        await using var visit = await browser.OpenAddress(OnDisk("2021-632001/index.html"), 1280);

        await visit.Page.GetByLabel(Label).FillAsync("教育局");
        var result = visit.Page.Locator("#search-results a").First;
        await result.WaitForAsync(new LocatorWaitForOptions { Timeout = Browser.Patience });

        Assert.Equal("2020年 云溪市教育局(本级)", await result.TextContentAsync());
        Assert.Equal("找到 1 份公开文件", await visit.Page.Locator("#search-status").TextContentAsync());
        await result.ClickAsync();
        await visit.Page.WaitForURLAsync(OnDisk("2020-418001/index.html").AbsoluteUri);
        Assert.Contains("云溪市教育局", await visit.Page.TitleAsync());
        Assert.Empty(visit.Console);
        Assert.Empty(visit.Failed);
    }

    [BrowserFact]
    public async Task From_disk_the_index_filters_its_year_and_lists_the_other_years_by_project_name()
    {
        await using var visit = await browser.OpenAddress(OnDisk("index.html"), 360);

        // 文物保护修缮 is a project of the 2019 publication only.
        await visit.Page.GetByLabel(Label).FillAsync("文物保护");
        await visit.Page.WaitForFunctionAsync("() => document.querySelector('#search-status').textContent === '找到 0 个单位；其他年度 1 份公开文件'",
            null, new PageWaitForFunctionOptions { Timeout = Browser.Patience });

        Assert.Equal(0, await visit.Page.Locator(".units li:visible").CountAsync());
        var result = visit.Page.Locator("#search-results li").First;
        Assert.Equal("2019年 云溪市文化和旅游局", await result.Locator("a").TextContentAsync());
        Assert.Contains("项目：文物保护修缮", await result.TextContentAsync());
        Assert.Empty(visit.Console);
    }

    [BrowserFact]
    public async Task Without_the_search_index_the_page_says_so_and_its_own_list_still_filters()
    {
        // Shows that the tests above need the index file: the page cannot find another year without it.
        await using var visit = await browser.Open("index-2021.html", 1280);
        await visit.Page.RouteAsync("**/search-index.js", route => route.AbortAsync());

        await visit.Page.GetByLabel(Label).FillAsync("政府采购");
        await visit.Page.WaitForFunctionAsync("() => document.querySelector('#search-status').textContent === '找到 1 个单位（未能载入各年度的数据，只查了本页列表）'",
            null, new PageWaitForFunctionOptions { Timeout = Browser.Patience });

        Assert.Equal(1, await visit.Page.Locator(".units li:visible").CountAsync());
        Assert.Equal(0, await visit.Page.Locator("#search-results li").CountAsync());
    }
}
