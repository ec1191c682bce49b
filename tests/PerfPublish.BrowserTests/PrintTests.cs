using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PerfPublish.BrowserTests.Support;

namespace PerfPublish.BrowserTests;

[Collection(BrowserCollection.Name)]
public partial class PrintTests(Browser browser)
{
    private static string Publication => BuiltSite.Pages.First(p => p != "index.html");

    [BrowserFact]
    public async Task Printing_hides_the_navigation_and_starts_each_part_on_a_new_page()
    {
        await using var visit = await browser.Open(Publication, 1280);
        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var shown = await visit.Page.EvaluateAsync<string[]>(
            "() => ['.skip-link', '.site-header', '.downloads', '.site-footer', 'nav.toc'].filter(s => getComputedStyle(document.querySelector(s)).display !== 'none')");
        var breaks = await visit.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.new-page')].map(h => getComputedStyle(h).breakBefore)");
        var rows = await visit.Page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('tr')].map(r => getComputedStyle(r).breakInside))]");

        Assert.Empty(shown);
        Assert.All(breaks, b => Assert.Equal("page", b));
        Assert.Equal(["avoid"], rows);
    }

    [BrowserFact]
    public async Task The_page_prints_on_a4_and_the_pdf_is_kept_for_review()
    {
        await using var visit = await browser.Open(Publication, 1280);
        var path = Path.Combine(Artifacts.Folder("print"), Artifacts.NameOf(Publication) + ".pdf");

        // No size given: the page's own @page rule (A4, GB/T 9704 margins) decides.
        var pdf = await visit.Page.PdfAsync(new PagePdfOptions { Path = path, PreferCSSPageSize = true });

        var text = Encoding.Latin1.GetString(pdf);
        var sizes = MediaBox().Matches(text).Select(m => (Width: double.Parse(m.Groups[1].Value), Height: double.Parse(m.Groups[2].Value))).Distinct().ToList();
        var (width, height) = Assert.Single(sizes);
        Assert.InRange(width, 594, 597);  // 210 mm in points
        Assert.InRange(height, 840, 843); // 297 mm
        Assert.True(PageCount().Matches(text).Count >= 4, "title page, part one and part two take at least four A4 pages");
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    [GeneratedRegex(@"/Type\s*/Page\b")]
    private static partial Regex PageCount();
}
