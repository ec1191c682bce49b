using PerfPublish.BrowserTests.Support;

namespace PerfPublish.BrowserTests;

[Collection(BrowserCollection.Name)]
public class KeyboardTests(Browser browser)
{
    private static string Publication => BuiltSite.Pages.First(p => p != "index.html");

    [BrowserFact]
    public async Task The_first_tab_shows_the_skip_link_and_enter_moves_to_the_main_content()
    {
        await using var visit = await browser.Open(Publication, 1280);

        await visit.Page.Keyboard.PressAsync("Tab");
        var focused = await visit.Page.EvaluateAsync<string>("() => document.activeElement.className");
        var visible = await visit.Page.Locator(".skip-link").BoundingBoxAsync();
        await visit.Page.Keyboard.PressAsync("Enter");
        await visit.Page.Keyboard.PressAsync("Tab");
        var next = await visit.Page.EvaluateAsync<string>("() => document.activeElement.closest('main') ? 'in main' : document.activeElement.outerHTML");

        Assert.Equal("skip-link", focused);
        Assert.True(visible is { X: >= 0, Y: >= 0, Width: > 0 }, "the focused skip link is not on screen");
        Assert.EndsWith("#main", visit.Page.Url);
        Assert.Equal("in main", next);
    }

    [BrowserFact]
    public async Task Every_table_of_contents_entry_is_reached_with_tab_and_followed_with_enter()
    {
        await using var visit = await browser.Open(Publication, 1280);
        var entries = await visit.Page.Locator("nav.toc a").CountAsync();
        var reached = new List<string>();

        for (var i = 0; i < 40 && reached.Count < entries; i++)
        {
            await visit.Page.Keyboard.PressAsync("Tab");
            var href = await visit.Page.EvaluateAsync<string?>("() => document.activeElement.closest('nav.toc') ? document.activeElement.getAttribute('href') : null");
            if (href is not null) reached.Add(href);
        }
        var last = reached[^1];
        await visit.Page.Keyboard.PressAsync("Enter");
        var top = await visit.Page.Locator(last).EvaluateAsync<double>("e => e.getBoundingClientRect().top");

        Assert.Equal(entries, reached.Count);
        Assert.EndsWith(last, visit.Page.Url);
        Assert.InRange(top, -1, 200);
    }

    [BrowserFact]
    public async Task The_focused_element_always_shows_an_outline()
    {
        await using var visit = await browser.Open(Publication, 1280);
        var missing = new List<string>();

        for (var i = 0; i < 15; i++)
        {
            await visit.Page.Keyboard.PressAsync("Tab");
            var outline = await visit.Page.EvaluateAsync<string>(
                "() => { const e = document.activeElement, s = getComputedStyle(e); return s.outlineStyle === 'none' || s.outlineWidth === '0px' ? e.outerHTML.slice(0, 80) : ''; }");
            if (outline.Length > 0 && !outline.Contains("skip-link")) missing.Add(outline);
        }

        Assert.Empty(missing);
    }
}
