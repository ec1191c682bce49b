using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using PerfPublish.Diagnostics;

namespace PerfPublish.Serve;

/// <summary>
/// `perfpublish serve`: the site built in memory, served on 127.0.0.1 by Kestrel, rebuilt when a content
/// or template file is saved, and reloaded in the browser through <see cref="LiveReload"/>. Nothing is
/// written to output/; what is served is exactly what `build` would write, plus the reload script.
/// </summary>
public static class PreviewServer
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>
    /// Serves until <paramref name="cancellation"/> fires. <paramref name="started"/> gets the address once listening.
    /// The port is taken before the first build, so a port that cannot be used ends the preview at once
    /// with a <see cref="ServePortException"/>; requests that come during the first build wait for it.
    /// </summary>
    public static async Task RunAsync(ServeOptions options, Action<PreviewSite> built, Action<Uri> started, CancellationToken cancellation)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        await using var app = builder.Build();
        var firstBuild = new TaskCompletionSource<Rebuilder>(TaskCreationOptions.RunContinuationsAsynchronously);

        app.Use(LoopbackHost.Only);
        MapGetAndHead(app, LiveReload.ScriptPath, () => Results.Text(LiveReload.Script, "text/javascript; charset=utf-8"));
        MapGetAndHead(app, LiveReload.EventsPath, async (HttpContext http) => await Events(http, await firstBuild.Task, cancellation));
        // Every other path is a site file (MapFallback would skip paths with a dot, such as site.css).
        MapGetAndHead(app, "/{**path}", async (HttpContext http) => Page(http, (await firstBuild.Task).Current));

        await Listen(app, options.Port, cancellation);
        using var rebuilder = new Rebuilder(options.Build, built);
        firstBuild.SetResult(rebuilder);
        started(new Uri($"http://127.0.0.1:{ActualPort(app, options.Port)}/"));
        var rebuilding = rebuilder.RunAsync(cancellation);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop serving.
        }
        await rebuilding;
        await app.StopAsync(CancellationToken.None);
    }

    /// <summary>HEAD is answered as GET is, with the same headers and no body (Kestrel sends none for HEAD).</summary>
    private static void MapGetAndHead(WebApplication app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], handler);

    /// <summary>Takes the port; a port in use, not allowed or out of range is the user's to change, not a failure of the preview.</summary>
    private static async Task Listen(WebApplication app, int port, CancellationToken cancellation)
    {
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (Exception e) when (e is IOException or SocketException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            throw new ServePortException(Messages.Format("Serve_PortInUse", port, e.Message), e);
        }
    }

    private static int ActualPort(WebApplication app, int requested) =>
        requested != 0 ? requested : new Uri(app.Urls.First()).Port;

    /// <summary>A server-sent event with the current build number now and after each rebuild, until the page goes away.</summary>
    private static async Task Events(HttpContext http, Rebuilder rebuilder, CancellationToken stopping)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        // HEAD asks only whether the stream is there: no events follow.
        if (HttpMethods.IsHead(http.Request.Method)) return;
        var version = rebuilder.Current.Version;
        try
        {
            while (true)
            {
                await http.Response.WriteAsync($"data: {version}\n\n", both.Token);
                await http.Response.Body.FlushAsync(both.Token);
                version = (await rebuilder.NewerThan(version, both.Token)).Version;
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded, or the preview stops.
        }
    }

    private static IResult Page(HttpContext http, PreviewSite site)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!site.Succeeded)
        {
            http.Response.StatusCode = 500;
            return Results.Bytes(LiveReload.Inject(ErrorPage.For(site), site.Version), "text/html; charset=utf-8");
        }

        var path = FileFor(http.Request.Path.Value ?? "/");
        if (!site.Files!.TryGetValue(path, out var bytes))
            return Results.Text($"404: {path} is not part of the built site", "text/plain; charset=utf-8", Encoding.UTF8, 404);
        if (path.EndsWith(".html", StringComparison.Ordinal))
            return Results.Bytes(LiveReload.Inject(bytes, site.Version), "text/html; charset=utf-8");
        return Results.Bytes(bytes, ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream");
    }

    /// <summary>"/" → "index.html", "/2021-632001/" → "2021-632001/index.html", "/site.css" → "site.css".</summary>
    public static string FileFor(string requestPath)
    {
        var path = Uri.UnescapeDataString(requestPath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
