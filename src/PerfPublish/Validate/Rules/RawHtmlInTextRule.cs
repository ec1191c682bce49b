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
        foreach (var (key, text, at) in Texts(publication))
        {
            var found = Markup().Match(text);
            if (!found.Success) continue;
            diagnostics.Warning(at, Codes.UnsafeContent,
                $"'{key}' contains '{Excerpt(text, found.Index)}', which looks like HTML or a script address; " +
                "it is shown as plain text, never as HTML or a link");
        }
    }

    /// <summary>Every text an editor writes in YAML, with the key and the place it was written.</summary>
    private static IEnumerable<(string Key, string Text, SourceLocation At)> Texts(Publication p)
    {
        yield return ("title", p.Title, p.Origin.Of("title"));
        yield return ("unit.code", p.Unit.Code, p.Origin.Of("unit"));
        yield return ("unit.name", p.Unit.Name, p.Origin.Of("unit"));
        yield return ("currency_unit", p.CurrencyUnit, p.Origin.Of("currency_unit"));
        foreach (var o in p.Objectives)
        foreach (var (key, text) in new[] { ("name", o.Name), ("goal", o.Goal), ("indicator", o.Indicator) })
            yield return (key, text, o.Origin.Of(key));
        foreach (var project in p.Projects)
        {
            foreach (var (key, text) in new[] { ("code", project.Code), ("name", project.Name), ("purpose", project.Purpose) })
                yield return (key, text, project.Origin.Of(key));
            foreach (var goal in project.Goals) yield return ("goals", goal, project.Origin.Of("goals"));
            foreach (var first in project.Indicators)
            {
                yield return ("level1", first.Name, first.Origin.Of("level1"));
                foreach (var second in first.Groups)
                {
                    yield return ("level2", second.Name, second.Origin.Of("level2"));
                    foreach (var row in second.Items)
                    foreach (var (key, text) in new[] { ("level3", row.Name), ("description", row.Description), ("value", row.Value), ("basis", row.Basis) })
                        yield return (key, text, row.Origin.Of(key));
                }
            }
        }
    }

    private static string Excerpt(string text, int start)
    {
        var excerpt = text[start..].Split('\n')[0];
        return excerpt.Length <= 30 ? excerpt : excerpt[..30] + "…";
    }
}
