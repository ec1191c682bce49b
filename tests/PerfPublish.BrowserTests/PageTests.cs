using Microsoft.Playwright;
using PerfPublish.BrowserTests.Support;

namespace PerfPublish.BrowserTests;

[Collection(BrowserCollection.Name)]
public class PageTests(Browser browser)
{
    private const string DocumentTable = ".table-scroll:has(table:not(.data))";

    [BrowserFact]
    public async Task Pages_log_no_errors_and_request_nothing_outside_the_site()
    {
        var problems = new List<string>();
        foreach (var page in BuiltSite.Pages)
        {
            await using var visit = await browser.Open(page, 1280);
            await visit.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            problems.AddRange(visit.Console.Select(m => $"{page}: console {m}"));
            problems.AddRange(visit.External.Select(u => $"{page}: external request {u}"));
            problems.AddRange(visit.Failed.Select(u => $"{page}: failed request {u}"));
        }

        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task The_policy_refuses_a_stylesheet_from_elsewhere_and_the_console_says_so()
    {
        // Shows that the two checks above can fail: something that tries to load from outside is both refused
        // by the page's Content-Security-Policy (so no request leaves) and reported on the console.
        await using var visit = await browser.Open(BuiltSite.Pages[^1], 1280);

        await visit.Page.EvaluateAsync(
            "() => { const l = document.createElement('link'); l.rel = 'stylesheet'; l.href = 'http://elsewhere.test/x.css'; document.head.append(l); }");
        for (var i = 0; i < Browser.Patience / 100 && visit.Console.Count == 0; i++) await Task.Delay(100);

        Assert.Contains(visit.Console, m => m.Contains("Content Security Policy", StringComparison.Ordinal));
        Assert.Empty(visit.External);
    }

    /// <summary>360 px is a small phone; 640 px is a 1280 px window zoomed to 200% (WCAG 1.4.4 and 1.4.10).</summary>
    [BrowserFact]
    public async Task The_page_never_scrolls_sideways_at_phone_width_or_at_200_percent_zoom()
    {
        var problems = new List<string>();
        foreach (var page in BuiltSite.Pages)
        foreach (var width in new[] { 360, 640 })
        {
            await using var visit = await browser.Open(page, width);
            var size = await visit.Page.EvaluateAsync<int[]>(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var (scroll, client) = (size[0], size[1]);
            if (scroll > client) problems.Add($"{page} at {width}px: the page is {scroll}px wide in a {client}px window");
            var wide = await visit.Page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('main *, header *, nav *, footer *')]
                  .filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))
                """);
            problems.AddRange(wide.Select(e => $"{page} at {width}px: {e} reaches past the window's right edge"));
        }

        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task A_wide_table_scrolls_inside_its_own_region_at_phone_width()
    {
        var page = BuiltSite.Pages.First(p => p != "index.html");
        await using var visit = await browser.Open(page, 360);

        // The first of the document's tables (the overview's small data tables fit a phone).
        var region = visit.Page.Locator(DocumentTable).First;
        var size = await region.EvaluateAsync<int[]>("r => [r.scrollWidth, r.clientWidth]");
        var (scrollWidth, clientWidth) = (size[0], size[1]);
        await region.FocusAsync();
        await visit.Page.Keyboard.PressAsync("ArrowRight");
        await visit.Page.Keyboard.PressAsync("ArrowRight");
        // Keyboard scrolling is animated: wait for it rather than read it at once.
        var scrolled = await WaitForScroll(visit.Page);

        Assert.True(scrollWidth > clientWidth, $"the table ({scrollWidth}px) fits its region ({clientWidth}px) at 360 px; the test proves nothing");
        Assert.True(scrolled, "the focused region did not scroll with the arrow keys");
        Assert.NotEmpty(await region.GetAttributeAsync("aria-labelledby") ?? "");
    }

    [BrowserFact]
    public async Task Screenshots_at_360_and_1280_px_are_kept_for_review()
    {
        var folder = Artifacts.Folder("screenshots");
        foreach (var page in BuiltSite.Pages)
        foreach (var width in new[] { 360, 1280 })
        {
            await using var visit = await browser.Open(page, width);
            var path = Path.Combine(folder, $"{Artifacts.NameOf(page)}-{width}.png");
            await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            Assert.True(new FileInfo(path).Length > 10_000, $"{path} is nearly empty");
        }
    }

    private static async Task<bool> WaitForScroll(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync($"() => document.querySelector('{DocumentTable}').scrollLeft > 0", null,
                new PageWaitForFunctionOptions { Timeout = Browser.Patience });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
