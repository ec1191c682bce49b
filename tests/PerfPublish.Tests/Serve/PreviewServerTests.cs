using System.Net;
using PerfPublish.Build;
using PerfPublish.Serve;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Serve;

/// <summary>
/// `serve` as a browser sees it: the built site on 127.0.0.1 with the reload script, a new build number
/// on the event stream after a save, the errors in the page while the content is broken, nothing written.
/// </summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempContent _content = TempContent.CopyOf(Repo.SeedPublication);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<Uri> _address = new();
    private readonly HttpClient _http = new() { Timeout = Patience };
    private Task _server = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        var options = new ServeOptions(new BuildOptions(_content.Content, Repo.Templates, _content.Output) { RenderPdf = false }, Port: 0);
        _server = PreviewServer.RunAsync(options, _ => { }, address => _address.TrySetResult(address), _stop.Token);
        _http.BaseAddress = await _address.Task.WaitAsync(Patience);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _server.WaitAsync(Patience);
        _http.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task Serves_the_built_site_on_the_loopback_address_with_the_reload_script()
    {
        Assert.Equal("127.0.0.1", _http.BaseAddress!.Host);
        var index = await _http.GetStringAsync("/");
        var page = await _http.GetStringAsync("/publication/");
        var css = await _http.GetAsync("/site.css");

        Assert.Contains("publication/index.html", index);
        Assert.Contains("国有土地交易中心运行费用", page);
        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}\" data-version=\"1\"></script>", page);
        Assert.Matches("script-src [^;]*'self'", page);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.False(Directory.Exists(_content.Output), "serve writes nothing to output/");
    }

    [Fact]
    public async Task A_saved_change_is_rebuilt_announced_and_served()
    {
        using var events = new StreamReader(await _http.GetStreamAsync(LiveReload.EventsPath));
        Assert.Equal("data: 1", await events.ReadLineAsync().WaitAsync(Patience));

        _content.Replace("projects/01-land-exchange-center.yaml", "name: 国有土地交易中心运行费用", "name: 国有土地交易中心运行经费");

        Assert.Equal("", await events.ReadLineAsync().WaitAsync(Patience));
        Assert.Equal("data: 2", await events.ReadLineAsync().WaitAsync(Patience));
        var page = await _http.GetStringAsync("/publication/");
        Assert.Contains("国有土地交易中心运行经费", page);
        Assert.Contains("data-version=\"2\"", page);
    }

    [Fact]
    public async Task While_the_content_has_errors_the_page_shows_them()
    {
        using var events = new StreamReader(await _http.GetStreamAsync(LiveReload.EventsPath));
        await events.ReadLineAsync().WaitAsync(Patience);

        _content.Replace("projects/01-land-exchange-center.yaml", "  total: 6.00", "  total: 7.00");
        await events.ReadLineAsync().WaitAsync(Patience);
        await events.ReadLineAsync().WaitAsync(Patience);
        var response = await _http.GetAsync("/publication/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("error PP0201", body);
        Assert.Contains(LiveReload.ScriptPath, body);
    }

    [Fact]
    public void The_reload_script_is_never_part_of_a_built_page()
    {
        var built = Pipeline.Render(new BuildOptions(_content.Content, Repo.Templates) { RenderPdf = false });

        Assert.All(built.Files!.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)),
            f => Assert.DoesNotContain("__perfpublish", System.Text.Encoding.UTF8.GetString(f.Value)));
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/2021-632001/", "2021-632001/index.html")]
    [InlineData("/site.css", "site.css")]
    [InlineData("/2021-632001/2021-632001.docx", "2021-632001/2021-632001.docx")]
    public void A_request_path_maps_to_a_site_file(string request, string file)
    {
        Assert.Equal(file, PreviewServer.FileFor(request));
    }

    [Fact]
    public void Widening_the_policy_adds_only_this_origin_for_scripts_and_events()
    {
        var widened = LiveReload.Widen("default-src 'none'; style-src 'self'; script-src 'none'");

        Assert.Equal("default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'", widened);
    }

    [Fact]
    public void Widening_keeps_the_hash_of_the_index_pages_own_script()
    {
        var widened = LiveReload.Widen("default-src 'none'; script-src 'sha256-abc='; connect-src 'self'; style-src 'self'");

        Assert.Equal("default-src 'none'; script-src 'sha256-abc=' 'self'; connect-src 'self'; style-src 'self'", widened);
    }
}
