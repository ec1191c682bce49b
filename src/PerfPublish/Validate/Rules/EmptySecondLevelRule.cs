using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0211 (warning): a second-level indicator with no rows. The form then shows the name with blank
/// cells, which is allowed but is usually an indicator someone meant to fill in.
/// </summary>
public sealed class EmptySecondLevelRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var first in FormRecords.Of(publication).SelectMany(r => r.Trees.Where(t => r.Read(t.Field.Path))).SelectMany(t => t.Levels))
        foreach (var second in first.Groups.Where(g => g.Items.IsEmpty))
            diagnostics.WarningOf(second.Origin.Of("items"), Codes.EmptySecondLevel, second.Name, first.Name);
    }
}
