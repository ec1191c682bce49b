using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate;

/// <summary>One text an editor wrote in YAML: its key (dotted for nested ones), the text, and where it was written.</summary>
public sealed record ContentText(string Key, string Text, SourceLocation At);

/// <summary>Every text of a publication's YAML files, for rules that look at all of them alike.</summary>
public static class ContentTexts
{
    public static IEnumerable<ContentText> Of(Publication p)
    {
        yield return new("title", p.Title, p.Origin.Of("title"));
        // The unit has no position of its own: its texts point at the unit mapping.
        yield return new("unit.code", p.Unit.Code, p.Origin.Of("unit"));
        yield return new("unit.name", p.Unit.Name, p.Origin.Of("unit"));
        if (p.Category is { } category) yield return new("category", category, p.Origin.Of("category"));
        yield return new("currency_unit", p.CurrencyUnit, p.Origin.Of("currency_unit"));
        yield return new("framework", p.Framework, p.Origin.Of("framework"));
        foreach (var o in p.Objectives)
        foreach (var (key, text) in new[] { ("name", o.Name), ("goal", o.Goal), ("indicator", o.Indicator) })
            yield return new(key, text, o.Origin.Of(key));
        foreach (var project in p.Projects)
        {
            foreach (var (key, text) in new[] { ("code", project.Code), ("name", project.Name), ("purpose", project.Purpose) })
                yield return new(key, text, project.Origin.Of(key));
            foreach (var goal in project.Goals) yield return new("goals", goal, project.Origin.Of("goals"));
            foreach (var first in project.Indicators)
            {
                yield return new("level1", first.Name, first.Origin.Of("level1"));
                foreach (var second in first.Groups)
                {
                    yield return new("level2", second.Name, second.Origin.Of("level2"));
                    foreach (var row in second.Items)
                    foreach (var (key, text) in new[] { ("level3", row.Name), ("description", row.Description), ("value", row.Value), ("basis", row.Basis) })
                        yield return new(key, text, row.Origin.Of(key));
                }
            }
        }
    }
}
