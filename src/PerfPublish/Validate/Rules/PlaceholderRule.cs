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
        foreach (var (text, at) in YamlTexts(publication).Where(t => t.Text.Contains(Marker, StringComparison.Ordinal)))
            Report(text, at, diagnostics);
        foreach (var markdown in new[] { publication.OverallObjective, publication.Safeguards })
            ReportInMarkdown(markdown, diagnostics);
    }

    private static IEnumerable<(string Text, SourceLocation At)> YamlTexts(Publication p)
    {
        yield return (p.Title, p.Origin.Of("title"));
        yield return (p.Unit.Code, p.Origin.Of("unit"));
        yield return (p.Unit.Name, p.Origin.Of("unit"));
        foreach (var o in p.Objectives)
        {
            yield return (o.Name, o.Origin.Of("name"));
            yield return (o.Goal, o.Origin.Of("goal"));
            yield return (o.Indicator, o.Origin.Of("indicator"));
        }
        foreach (var project in p.Projects)
        {
            yield return (project.Code, project.Origin.Of("code"));
            yield return (project.Name, project.Origin.Of("name"));
            yield return (project.Purpose, project.Origin.Of("purpose"));
            foreach (var goal in project.Goals) yield return (goal, project.Origin.Of("goals"));
            foreach (var first in project.Indicators)
            foreach (var second in first.Groups)
            foreach (var row in second.Items)
            {
                yield return (row.Name, row.Origin.Of("level3"));
                yield return (row.Description, row.Origin.Of("description"));
                yield return (row.Value, row.Origin.Of("value"));
                yield return (row.Basis, row.Origin.Of("basis"));
            }
        }
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
        diagnostics.Error(at, Codes.Placeholder,
            $"'{Excerpt(text)}' is a placeholder from 'perfpublish new'; replace it with the real text");

    private static string Excerpt(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        return line.Length <= 40 ? line : line[..40] + "…";
    }
}
