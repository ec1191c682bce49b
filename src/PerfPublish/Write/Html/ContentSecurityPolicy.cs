using System.Security.Cryptography;
using System.Text;

namespace PerfPublish.Write.Html;

/// <summary>
/// The policy every page carries in a meta element: no scripts, no plugins, no frames, nothing from
/// another origin, and only the page's own style element (by its hash) besides site.css. The page
/// never needs more, so anything that slipped past the writers would still not run or load.
/// </summary>
public static class ContentSecurityPolicy
{
    public static string For(string? inlineStyle)
    {
        var styles = inlineStyle is null or "" ? "'self'" : $"'self' '{Hash(inlineStyle)}'";
        return $"default-src 'none'; style-src {styles}; img-src 'self'; base-uri 'none'; form-action 'none'";
    }

    /// <summary>The CSP source expression of a style element's exact text: 'sha256-' and its base64 digest.</summary>
    public static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
