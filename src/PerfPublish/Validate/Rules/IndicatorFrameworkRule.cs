using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Load;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0204: the indicator tree uses the first- and second-level names of the publication's framework,
/// and every first level of the framework is present. An unknown framework is KnownFrameworkRule's.
/// </summary>
public sealed class IndicatorFrameworkRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (!context.Frameworks.TryGetValue(publication.Framework, out var framework)) return;
        foreach (var record in FormRecords.Of(publication))
        foreach (var tree in record.Trees)
            CheckTree(record, tree, framework, diagnostics);
    }

    private static void CheckTree(FormRecord record, IndicatorTree tree, Framework framework, DiagnosticBag diagnostics)
    {
        foreach (var first in tree.Levels)
        {
            if (!framework.Levels.TryGetValue(first.Name, out var allowed))
            {
                diagnostics.Error(first.Origin.Of("level1"), Codes.IndicatorLevel,
                    Messages.Format("PP0204_First", first.Name, framework.Id, Hint(first.Name, framework.FirstLevels)));
                continue;
            }

            foreach (var second in first.Groups.Where(g => !allowed.Contains(g.Name)))
                diagnostics.Error(second.Origin.Of("level2"), Codes.IndicatorLevel,
                    Messages.Format("PP0204_Second", second.Name, first.Name, framework.Id, Hint(second.Name, allowed)));
        }

        // A first level that could not be read is not missing: it has its own error.
        if (!record.Read(tree.Field.Path)) return;
        foreach (var missing in framework.FirstLevels.Where(name => tree.Levels.All(i => i.Name != name)))
            diagnostics.Error(tree.At, Codes.IndicatorLevel,
                Messages.Format("PP0204_Missing", missing, framework.Id, string.Join("、", framework.FirstLevels)));
    }

    private static string Hint(string written, IReadOnlyCollection<string> allowed)
    {
        var nearest = Suggestions.Nearest(written, allowed);
        var choices = Messages.Format("PP0204_Choices", string.Join("、", allowed));
        return nearest is null ? choices : Messages.Format("PP0204_Nearest", nearest, choices);
    }
}
