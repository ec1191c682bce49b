using Microsoft.Playwright;
using PerfPublish.BrowserTests.Support;
using PerfPublish.Publishing;
using PerfPublish.Serve;
using PerfPublish.Tests.Support;

namespace PerfPublish.BrowserTests;

/// <summary>
/// `serve` shows what `build` publishes: each page of the repository's content, served by the preview on
/// 127.0.0.1 (with its reload script and the page's Content-Security-Policy widened for it only), lays out
/// exactly as the built page, logs nothing, and its search finds another year's unit.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeTests(Browser browser) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<Uri> _address = new();
    private readonly string _output = Path.Combine(Path.GetTempPath(), "perfpublish-serve-" + Guid.NewGuid().ToString("N"));
    private Task _server = Task.CompletedTask;

    /// <summary>Every element of the body (the reload script aside) by its place in the tree, with its box rounded to the pixel.</summary>
    private const string Layout = """
        () => [...document.body.querySelectorAll('*')]
          .filter(e => !(e.tagName === 'SCRIPT' && e.src))
          .map(e => { const b = e.getBoundingClientRect(); return `${e.tagName}#${e.id}.${e.className} ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`; })
        """;

    public async Task InitializeAsync()
    {
        if (Chromium.Missing is not null) return;
        var options = new ServeOptions(new BuildOptions(Repo.Content, Repo.Templates, _output) { RenderPdf = false }, Port: 0);
        _server = PreviewServer.RunAsync(options, _ => { }, address => _address.TrySetResult(address), _stop.Token);
        await _address.Task.WaitAsync(Patience);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _server.WaitAsync(Patience);
    }

    private Uri Served(string page) => new(_address.Task.Result, page);

    [BrowserFact]
    public async Task Each_served_page_lays_out_as_the_built_one_and_logs_nothing()
    {
        var problems = new List<string>();
        foreach (var page in BuiltSite.Pages)
        foreach (var width in new[] { 1280, 360 })
        {
            await using var built = await browser.Open(page, width);
            await using var served = await browser.OpenAddress(Served(page), width);
            var (expected, actual) = (await built.Page.EvaluateAsync<string[]>(Layout), await served.Page.EvaluateAsync<string[]>(Layout));

            if (!expected.SequenceEqual(actual))
                problems.Add($"{page} at {width}px: first difference: built '{expected.Except(actual).FirstOrDefault()}', served '{actual.Except(expected).FirstOrDefault()}'");
            problems.AddRange(served.Console.Select(m => $"{page} at {width}px: console {m}"));
            problems.AddRange(served.Failed.Select(m => $"{page} at {width}px: failed {m}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task The_served_search_finds_a_unit_of_another_year()
    {
        await using var visit = await browser.OpenAddress(Served("2021-632001/index.html"), 1280);

        await visit.Page.GetByLabel("查找单位或项目（名称或编码）").FillAsync("418001");
        var result = visit.Page.Locator("#search-results a").First;
        await result.WaitForAsync(new LocatorWaitForOptions { Timeout = Browser.Patience });

        Assert.Equal("2020年 云溪市教育局(本级)", await result.TextContentAsync());
        Assert.True(visit.Failed.Count + visit.Console.Count == 0, string.Join("\n", visit.Failed.Concat(visit.Console)));
    }
}
