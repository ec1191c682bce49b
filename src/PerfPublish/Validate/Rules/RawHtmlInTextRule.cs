using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0303 for YAML texts: a tag (&lt;script&gt;, &lt;img onerror=…&gt;, &lt;!-- --&gt;) or a script address
/// (javascript:, vbscript:, data:text/html) in a field is never markup, because every output escapes
/// text; it is shown as the characters typed. The warning tells the editor where, since such text is a
/// paste from a web page at best and an attack at worst. (Markdown prose gets the same warning from
/// the Markdown renderer.)
/// </summary>
public sealed partial class RawHtmlInTextRule : IRule
{
    [GeneratedRegex(@"<[a-zA-Z!/?]|(?:java|vb|live)\s*script\s*:|data\s*:\s*text/html", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var (key, text, at) in ContentTexts.Of(publication))
        {
            var found = Markup().Match(text);
            if (!found.Success) continue;
            diagnostics.Warning(at, Codes.UnsafeContent,
                Messages.Format("PP0303_YamlText", key, Excerpt(text, found.Index)));
        }
    }

    private static string Excerpt(string text, int start)
    {
        var excerpt = text[start..].Split('\n')[0];
        return excerpt.Length <= 30 ? excerpt : excerpt[..30] + "…";
    }
}
