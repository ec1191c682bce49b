using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0214: each checkpoint of the spending plan is a percentage within 0–100.</summary>
public sealed class SpendingPlanRangeRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var plan in publication.Projects.Where(p => p.Read("spending_plan")).Select(p => p.SpendingPlan))
        foreach (var (key, percent) in plan.Checkpoints.Where(c => c.Percent is < 0 or > 100))
            diagnostics.Error(plan.Origin.Of(key), Codes.PercentageRange,
                Messages.Format("PP0214", FieldNames.Describe(key), percent));
    }
}
