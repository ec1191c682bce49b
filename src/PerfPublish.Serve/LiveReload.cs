using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfPublish.Serve;

/// <summary>
/// The preview's only addition to a page: a script tag that reloads it when a newer build is ready.
/// It is added to the copy sent to the browser, never to a built file, and the page's own policy is
/// widened for this copy to this one same-origin script and its events, and to nothing else.
/// </summary>
public static partial class LiveReload
{
    public const string ScriptPath = "/__perfpublish/live-reload.js";
    public const string EventsPath = "/__perfpublish/events";

    /// <summary>Listens for build numbers and reloads when one differs from the page's own; EventSource reconnects by itself.</summary>
    public const string Script = """
        (function () {
          var version = document.currentScript.getAttribute('data-version');
          var events = new EventSource('/__perfpublish/events');
          events.onmessage = function (e) { if (e.data !== version) { events.close(); location.reload(); } };
        })();
        """;

    [GeneratedRegex("""<meta\s+http-equiv="Content-Security-Policy"\s+content="(?<policy>[^"]*)"\s*/?>""", RegexOptions.IgnoreCase)]
    private static partial Regex PolicyMeta();

    public static byte[] Inject(byte[] html, int version)
    {
        var text = Encoding.UTF8.GetString(html);
        text = PolicyMeta().Replace(text, m =>
        {
            var policy = m.Groups["policy"];
            var widened = Attribute(Widen(WebUtility.HtmlDecode(policy.Value)));
            return string.Concat(m.Value.AsSpan(0, policy.Index - m.Index), widened, m.Value.AsSpan(policy.Index - m.Index + policy.Length));
        });
        var tag = $"<script src=\"{ScriptPath}\" data-version=\"{version}\"></script>";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = end < 0 ? text + tag : text.Insert(end, tag);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>
    /// The policy with 'self' added to script-src and connect-src, and nothing else changed: every directive
    /// keeps its place and its sources (the pages' script and style hashes above all). A directive the page
    /// leaves out starts from its default-src, as the browser would have read it. The policy is read as one:
    /// directives split at ';', sources at white space, after the attribute's character references are decoded
    /// (the page writes its quotes as &amp;#39;, whose ';' separates nothing).
    /// </summary>
    public static string Widen(string policy)
    {
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList())
            .ToList();
        var fallback = Find(directives, "default-src")?.Skip(1).ToList() ?? [];
        foreach (var name in ReloadNeeds)
        {
            var directive = Find(directives, name);
            if (directive is null)
            {
                directive = [name, .. fallback];
                directives.Add(directive);
            }
            // 'none' may only stand alone: with a source beside it, it goes.
            directive.RemoveAll(s => s.Equals("'none'", StringComparison.OrdinalIgnoreCase));
            if (!directive.Skip(1).Any(s => s.Equals("'self'", StringComparison.OrdinalIgnoreCase))) directive.Add("'self'");
        }
        return string.Join("; ", directives.Select(d => string.Join(' ', d)));
    }

    /// <summary>The reload script is loaded from this origin, and listens to its events there.</summary>
    private static readonly string[] ReloadNeeds = ["script-src", "connect-src"];

    private static List<string>? Find(List<List<string>> directives, string name) =>
        directives.FirstOrDefault(d => d[0].Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A double-quoted attribute value: only &amp; and " need a character reference there.</summary>
    private static string Attribute(string value) => value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
