using System.Net;
using System.Net.Sockets;
using PerfPublish.Publishing;
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

    [Theory]
    [InlineData("rebinding.example")]
    [InlineData("rebinding.example:{port}")]
    [InlineData("127.0.0.1.rebinding.example:{port}")]
    [InlineData("localhost:{other}")]
    [InlineData("192.168.1.20:{port}")]
    public async Task A_request_naming_another_host_is_refused_so_a_rebound_name_cannot_read_the_preview(string host)
    {
        var response = await GetWithHost(host);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.DoesNotContain("国有土地交易中心", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LocalHost:{port}")]
    [InlineData("[::1]:{port}")]
    public async Task A_request_naming_this_machine_and_port_is_served(string host)
    {
        var response = await GetWithHost(host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetWithHost(string host)
    {
        var port = _http.BaseAddress!.Port;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host.Replace("{port}", port.ToString()).Replace("{other}", (port == 65535 ? port - 1 : port + 1).ToString());
        return await _http.SendAsync(request);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/site.css")]
    [InlineData(LiveReload.ScriptPath)]
    public async Task Head_is_answered_like_get_without_the_body(string path)
    {
        var get = await _http.GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        var head = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_on_the_event_stream_ends_at_once()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, LiveReload.EventsPath);
        var head = await _http.SendAsync(request).WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/event-stream", head.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_content_folder_deleted_and_made_again_is_still_watched()
    {
        using var events = new StreamReader(await _http.GetStreamAsync(LiveReload.EventsPath));
        Assert.Equal("data: 1", await events.ReadLineAsync().WaitAsync(Patience));

        // As 'rm -rf content && git restore content' does it, or a tool that replaces the folder.
        Directory.Delete(_content.Content, recursive: true);
        await NextBuild(events);
        TempContent.Copy(Repo.SeedPublication, _content.Path);
        _content.Replace("projects/01-land-exchange-center.yaml", "name: 国有土地交易中心运行费用", "name: 国有土地交易中心运行经费");

        await BuildShowing(events, "/publication/", "国有土地交易中心运行经费");
    }

    /// <summary>Waits for the next build number on the event stream.</summary>
    private static async Task NextBuild(StreamReader events)
    {
        while (await events.ReadLineAsync().WaitAsync(Patience) is { } line && !line.StartsWith("data: ", StringComparison.Ordinal)) { }
    }

    /// <summary>Waits, build after build, until <paramref name="path"/> shows <paramref name="text"/>; a burst of changes may take more than one.</summary>
    private async Task BuildShowing(StreamReader events, string path, string text)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            await NextBuild(events).WaitAsync(deadline.Token);
            var response = await _http.GetAsync(path);
            if ((await response.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal)) return;
        }
    }

    [Fact]
    public async Task A_port_that_cannot_be_bound_is_refused_before_anything_is_built()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var builds = 0;
        var options = new ServeOptions(new BuildOptions(_content.Content, Repo.Templates, _content.Output) { RenderPdf = false }, port);

        var refused = await Assert.ThrowsAnyAsync<IOException>(() =>
            PreviewServer.RunAsync(options, _ => builds++, _ => { }, CancellationToken.None).WaitAsync(Patience));

        Assert.Contains($"127.0.0.1:{port}", refused.Message);
        Assert.Equal(0, builds);
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
