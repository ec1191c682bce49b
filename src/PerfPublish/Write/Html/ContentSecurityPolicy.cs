using System.Security.Cryptography;
using System.Text;

namespace PerfPublish.Write.Html;

/// <summary>
/// The policy every page carries in a meta element: no plugins, no frames, nothing from another
/// origin, and only the page's own style element (by its hash) besides site.css. The one script, the
/// search box's, is allowed by its hash, and 'self' lets it load the site's own search index (a script
/// file: a page opened from disk may load that, not fetch). So anything that slipped past the writers
/// would still not run or load.
/// </summary>
public static class ContentSecurityPolicy
{
    public static string For(string? inlineStyle, string? inlineScript = null)
    {
        var styles = inlineStyle is null or "" ? "'self'" : $"'self' '{Hash(inlineStyle)}'";
        var scripts = inlineScript is null or "" ? "" : $"script-src '{Hash(inlineScript)}' 'self'; ";
        return $"default-src 'none'; {scripts}style-src {styles}; img-src 'self'; base-uri 'none'; form-action 'none'";
    }

    /// <summary>The CSP source expression of a style or script element's exact text: 'sha256-' and its base64 digest.</summary>
    public static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
