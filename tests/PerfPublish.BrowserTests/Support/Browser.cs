using Microsoft.Playwright;

namespace PerfPublish.BrowserTests.Support;

/// <summary>
/// One headless Chromium for all browser tests (they share a collection, so they run one after the
/// other: two cores). Pages are served from the built site at a made-up origin by Playwright's request
/// routing, so no port is opened; a request for anything else is recorded and refused.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Origin = "http://perfpublish.test";

    /// <summary>
    /// How long a test waits for the page to do something. A wait ends as soon as its condition holds, so
    /// this costs nothing when the page works; it is long because CI runs these tests beside the unit tests
    /// on two cores, where a search index can take seconds to load.
    /// </summary>
    public const int Patience = 60_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (Chromium.Path is null) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    /// <summary>
    /// A page at a real address (a file:// page from disk, or the preview server's http://127.0.0.1), not routed:
    /// what it logged and what failed is recorded in <see cref="Visit"/>.
    /// </summary>
    public async Task<Visit> OpenAddress(Uri address, int width, int height = 900)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        context.SetDefaultTimeout(Patience);
        var visit = new Visit(context, await context.NewPageAsync(), "");
        // The browser's own request for /favicon.ico (the site has none, as most don't) is not the page's doing.
        visit.Page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                visit.Console.Add($"{message.Type}: {message.Text} ({message.Location})");
        };
        visit.Page.PageError += (_, error) => visit.Console.Add($"page error: {error}");
        visit.Page.RequestFailed += (_, request) => visit.Failed.Add($"{request.Url} ({request.Failure})");
        visit.Page.Response += (_, response) => { if (response.Status >= 400) visit.Failed.Add($"{response.Url} ({response.Status})"); };
        var response = await visit.Page.GotoAsync(address.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (!address.IsFile) Assert.Equal(200, response?.Status);
        return visit;
    }

    /// <summary>A page of the given width, with what it logged and asked for recorded in <see cref="Visit"/>; of the repository's site unless another is given.</summary>
    public async Task<Visit> Open(string page, int width, int height = 900, string? site = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        context.SetDefaultTimeout(Patience);
        var visit = new Visit(context, await context.NewPageAsync(), site ?? BuiltSite.Root);
        await context.RouteAsync("**/*", visit.Serve);
        visit.Page.Console += (_, message) => { if (message.Type is "error" or "warning") visit.Console.Add($"{message.Type}: {message.Text}"); };
        visit.Page.PageError += (_, error) => visit.Console.Add($"page error: {error}");
        visit.Page.RequestFailed += (_, request) => visit.Failed.Add($"{request.Url} ({request.Failure})");
        var response = await visit.Page.GotoAsync($"{Origin}/{page}", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response?.Status);
        return visit;
    }
}

/// <summary>One page in its own browser context: what it logged, what it requested outside the site, what failed.</summary>
public sealed class Visit(IBrowserContext context, IPage page, string site) : IAsyncDisposable
{
    public IPage Page { get; } = page;
    public List<string> Console { get; } = [];
    public List<string> External { get; } = [];
    public List<string> Failed { get; } = [];

    internal async Task Serve(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (!route.Request.Url.StartsWith(Browser.Origin + "/", StringComparison.Ordinal))
        {
            External.Add(route.Request.Url);
            await route.AbortAsync("blockedbyclient");
            return;
        }

        var file = Path.GetFullPath(Path.Combine(site, Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/')));
        if (!file.StartsWith(site, StringComparison.Ordinal) || !File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "not found" });
            return;
        }

        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentType(file), BodyBytes = await File.ReadAllBytesAsync(file) });
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".csv" => "text/csv; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>
{
    public const string Name = "browser";
}
