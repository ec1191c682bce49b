using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using PerfPublish.BrowserTests.Support;

namespace PerfPublish.BrowserTests;

[Collection(BrowserCollection.Name)]
public class AccessibilityTests(Browser browser)
{
    /// <summary>WCAG 2.1 levels A and AA, the rules GB/T 37668-2019 follows.</summary>
    private static readonly List<string> Levels = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [BrowserFact]
    public async Task Every_page_has_no_axe_violations_at_desktop_and_phone_width()
    {
        var violations = new List<string>();
        var checkedRules = 0;
        foreach (var page in BuiltSite.Pages)
        foreach (var width in new[] { 1280, 360 })
        {
            await using var visit = await browser.Open(page, width);
            var result = await visit.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Levels } });
            checkedRules += result.Passes.Length;
            violations.AddRange(result.Violations.Select(v =>
                $"{page} at {width}px: {v.Id} ({v.Impact}) {v.Help}: {string.Join("; ", v.Nodes.Select(n => n.Html))}"));
        }

        Assert.Empty(violations);
        Assert.True(checkedRules > 0, "axe ran no rule: it was not injected");
    }

    [BrowserFact]
    public async Task The_review_page_of_perfpublish_diff_has_no_axe_violations_at_desktop_and_phone_width()
    {
        var violations = new List<string>();
        var checkedRules = 0;
        foreach (var width in new[] { 1280, 360 })
        {
            await using var visit = await browser.Open("index.html", width, site: ReviewSite.Root);
            Assert.Contains("土地", await visit.Page.InnerTextAsync("ins"));
            var result = await visit.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Levels } });
            checkedRules += result.Passes.Length;
            violations.AddRange(result.Violations.Select(v => $"review at {width}px: {v.Id} ({v.Impact}) {v.Help}: {string.Join("; ", v.Nodes.Select(n => n.Html))}"));
            Assert.Empty(visit.Console);
            Assert.Empty(visit.External);
        }

        Assert.Empty(violations);
        Assert.True(checkedRules > 0, "axe ran no rule: it was not injected");
    }

    [BrowserFact]
    public async Task Axe_finds_a_violation_when_there_is_one()
    {
        // The check above is only worth something if axe does report: break a page and look.
        await using var visit = await browser.Open(BuiltSite.Pages[^1], 1280);
        await visit.Page.EvaluateAsync("() => document.documentElement.removeAttribute('lang')");

        var result = await visit.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Levels } });

        Assert.Contains(result.Violations, v => v.Id == "html-has-lang");
    }
}
