using PerfPublish.BrowserTests.Support;

namespace PerfPublish.BrowserTests;

/// <summary>
/// Every table read on a 360 px phone: no column lost off-screen. A cell is either within the window, or
/// in a region that scrolls sideways and says so (focusable, named by its table's caption, with the visible
/// hint that it scrolls). The indicator tables, the heart of each form, fit the phone outright.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PhoneTests(Browser browser)
{
    private const int Phone = 360;

    /// <summary>Each table with a cell past the window's edge, unless its region scrolls, is focusable, named and shows its hint.</summary>
    private const string CellsOffScreen = """
        () => {
          const width = document.documentElement.clientWidth;
          const problems = new Set();
          for (const cell of document.querySelectorAll('td, th')) {
            const box = cell.getBoundingClientRect();
            if (box.left >= -1 && box.right <= width + 1) continue;
            const region = cell.closest('.table-scroll');
            const label = region && document.getElementById(region.getAttribute('aria-labelledby') || '');
            const hint = region && getComputedStyle(region, '::before').content;
            const says = region && region.tabIndex === 0 && label && label.textContent.trim() !== ''
              && region.scrollWidth > region.clientWidth && hint && hint.includes('左右滑动');
            if (!says) problems.add((cell.closest('table').querySelector('caption') || {}).textContent + ': "' + cell.textContent.trim().slice(0, 12) + '" at ' + Math.round(box.left) + '–' + Math.round(box.right) + 'px');
          }
          return [...problems];
        }
        """;

    [BrowserFact]
    public async Task Every_cell_is_on_screen_or_in_a_labelled_focusable_region_that_says_it_scrolls()
    {
        var problems = new List<string>();
        foreach (var page in BuiltSite.Pages)
        {
            await using var visit = await browser.Open(page, Phone);
            problems.AddRange((await visit.Page.EvaluateAsync<string[]>(CellsOffScreen)).Select(p => $"{page}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task No_indicator_column_is_off_screen_at_360_px()
    {
        var problems = new List<string>();
        var tables = 0;
        foreach (var page in BuiltSite.Pages.Where(p => p != "index.html" && !p.StartsWith("index-", StringComparison.Ordinal)))
        {
            await using var visit = await browser.Open(page, Phone);
            tables += await visit.Page.Locator("table.indicators").CountAsync();
            problems.AddRange((await visit.Page.EvaluateAsync<string[]>(
                """
                () => {
                  const width = document.documentElement.clientWidth;
                  return [...document.querySelectorAll('table.indicators')].flatMap(table => {
                    const region = table.closest('.table-scroll');
                    const cells = [...table.querySelectorAll('th, td')].filter(c => { const b = c.getBoundingClientRect(); return b.left < -1 || b.right > width + 1; });
                    return (region.scrollWidth > region.clientWidth + 1 ? ['scrolls sideways'] : []).concat(cells.map(c => '"' + c.textContent.trim().slice(0, 12) + '" off-screen'))
                      .map(p => table.querySelector('caption').textContent + ': ' + p);
                  });
                }
                """)).Select(p => $"{page}: {p}"));
        }

        Assert.True(tables >= 4, $"only {tables} indicator tables were looked at");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task The_check_finds_a_cell_off_screen_where_a_region_does_not_say_it_scrolls()
    {
        // Shows that the first test can fail: take away a region's hint and its focus, and its cut-off cells are reported.
        await using var visit = await browser.Open(BuiltSite.Pages.First(p => p.StartsWith("2021-", StringComparison.Ordinal)), Phone);
        await visit.Page.EvaluateAsync("() => document.querySelectorAll('.table-scroll').forEach(r => r.removeAttribute('tabindex'))");

        Assert.NotEmpty(await visit.Page.EvaluateAsync<string[]>(CellsOffScreen));
    }
}
