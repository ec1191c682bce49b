using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>The indicator tree uses the level names of the publication's framework, with every first level present.</summary>
public sealed class IndicatorFrameworkRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (!context.Frameworks.TryGetValue(publication.Framework, out var framework))
        {
            diagnostics.Error(publication.Origin.Of("framework"), Codes.UnknownFramework,
                $"unknown indicator framework '{publication.Framework}'; known: {string.Join(", ", context.Frameworks.Keys.Order(StringComparer.Ordinal))}");
            return;
        }

        foreach (var project in publication.Projects) CheckProject(project, framework, diagnostics);
    }

    private static void CheckProject(Project project, Framework framework, DiagnosticBag diagnostics)
    {
        foreach (var first in project.Indicators)
        {
            if (!framework.Levels.TryGetValue(first.Name, out var allowed))
            {
                diagnostics.Error(first.Origin.Of("level1"), Codes.IndicatorLevel,
                    $"'{first.Name}' is not a first-level indicator of framework '{framework.Id}' ({string.Join("、", framework.FirstLevels)})");
                continue;
            }

            foreach (var second in first.Groups.Where(g => !allowed.Contains(g.Name)))
                diagnostics.Error(second.Origin.Of("level2"), Codes.IndicatorLevel,
                    $"'{second.Name}' is not a second-level indicator under '{first.Name}' in framework '{framework.Id}' ({string.Join("、", allowed)})");
        }

        foreach (var missing in framework.FirstLevels.Where(name => project.Indicators.All(i => i.Name != name)))
            diagnostics.Error(project.Origin.Of("indicators"), Codes.IndicatorLevel,
                $"project {project.Code} has no '{missing}'; framework '{framework.Id}' requires every first-level indicator");
    }
}
