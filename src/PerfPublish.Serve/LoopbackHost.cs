using Microsoft.AspNetCore.Http;
using PerfPublish.Diagnostics;

namespace PerfPublish.Serve;

/// <summary>
/// The preview answers only requests addressed to this machine by a loopback name, at the port they came
/// in on. Listening on 127.0.0.1 keeps other machines out, but not a web page: a site can make its own
/// name resolve to 127.0.0.1 (DNS rebinding) and then read the preview as if it were its own. The browser
/// still sends that site's name in Host, so such a request is refused with 421 Misdirected Request.
/// </summary>
public static class LoopbackHost
{
    private static readonly string[] Names = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Host is localhost, 127.0.0.1 or [::1] with <paramref name="port"/> (HTTP's 80 when Host names none).</summary>
    public static bool Allows(HostString host, int port) =>
        Names.Contains(host.Host, StringComparer.OrdinalIgnoreCase) && (host.Port ?? 80) == port;

    /// <summary>The middleware: passes requests <see cref="Allows"/> accepts on, answers the others itself.</summary>
    public static Task Only(HttpContext http, RequestDelegate next)
    {
        var port = http.Connection.LocalPort;
        if (Allows(http.Request.Host, port)) return next(http);
        http.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(Messages.Format("Serve_WrongHost", http.Request.Host.Value ?? "", port));
    }
}
