using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0215: no placeholder that 'perfpublish new' wrote is left in. They are errors, not warnings, so a
/// freshly scaffolded publication cannot be published by accident, and `check` lists every place to fill in.
/// </summary>
public sealed class PlaceholderRule : IRule
{
    /// <summary>The mark every scaffold placeholder starts with, e.g. "【待填写】项目名称".</summary>
    public const string Marker = "【待填写】";

    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var text in ContentTexts.Of(publication).Where(t => t.Text.Contains(Marker, StringComparison.Ordinal)))
            Report(text.Text, text.At, diagnostics);
        foreach (var markdown in publication.Prose)
            ReportInMarkdown(markdown, diagnostics);
    }

    private static void ReportInMarkdown(MarkdownText markdown, DiagnosticBag diagnostics)
    {
        var lines = markdown.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(Marker, StringComparison.Ordinal);
            if (column >= 0) Report(lines[i], new SourceLocation(markdown.File, i + 1, column + 1), diagnostics);
        }
    }

    private static void Report(string text, SourceLocation at, DiagnosticBag diagnostics) =>
        diagnostics.ErrorOf(at, Codes.Placeholder, Excerpt(text));

    private static string Excerpt(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        return line.Length <= 40 ? line : line[..40] + "…";
    }
}
