using System.Text;
using System.Text.RegularExpressions;

namespace PerfPublish.Serve;

/// <summary>
/// The preview's only addition to a page: a script tag that reloads it when a newer build is ready.
/// It is added to the copy sent to the browser, never to a built file, and the page's own policy
/// (which allows no script at all) is widened for this copy to this one same-origin script and its events.
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
        text = PolicyMeta().Replace(text, m => m.Value.Replace(m.Groups["policy"].Value, Widen(m.Groups["policy"].Value)));
        var tag = $"<script src=\"{ScriptPath}\" data-version=\"{version}\"></script>";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = end < 0 ? text + tag : text.Insert(end, tag);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>
    /// The policy with 'self' added to script-src and connect-src (and nothing else changed): the page's
    /// own sources stay, so the index's search script, allowed by its hash, still runs in the preview.
    /// </summary>
    public static string Widen(string policy)
    {
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        string WithSelf(string name)
        {
            var sources = directives.Where(d => d.Split(' ')[0].Equals(name, StringComparison.OrdinalIgnoreCase))
                .SelectMany(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
                .Where(s => !s.Contains("none", StringComparison.OrdinalIgnoreCase) && !s.Contains("self", StringComparison.OrdinalIgnoreCase));
            return string.Join(' ', [name, .. sources, "'self'"]);
        }

        var others = directives.Where(d => d.Split(' ')[0] is var n && !n.Equals("script-src", StringComparison.OrdinalIgnoreCase) && !n.Equals("connect-src", StringComparison.OrdinalIgnoreCase));
        return string.Join("; ", others.Append(WithSelf("script-src")).Append(WithSelf("connect-src")));
    }
}
