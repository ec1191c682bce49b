using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0203: the spending plan is cumulative, so it never decreases, and the whole budget is spent
/// by December (100). Percentages outside 0–100 are SpendingPlanRangeRule's.
/// </summary>
public sealed class SpendingPlanRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var plan in publication.Projects.Where(p => p.Read("spending_plan")).Select(p => p.SpendingPlan))
        {
            var checkpoints = plan.Checkpoints;
            for (var i = 1; i < checkpoints.Count; i++)
            {
                var (key, percent) = checkpoints[i];
                var (previousKey, previousPercent) = checkpoints[i - 1];
                if (percent < previousPercent && InRange(percent) && InRange(previousPercent))
                    diagnostics.Error(plan.Origin.Of(key), Codes.SpendingPlan,
                        Messages.Format("PP0203", FieldNames.Describe(key), percent, previousPercent, FieldNames.Describe(previousKey)));
            }

            if (plan.December != 100 && InRange(plan.December))
                diagnostics.Error(plan.Origin.Of("december"), Codes.SpendingPlan,
                    Messages.Format("PP0203_December", FieldNames.Describe("december"), plan.December));
        }
    }

    /// <summary>A value outside 0–100 already has its own diagnostic; comparing with it would only add noise.</summary>
    private static bool InRange(decimal percent) => percent is >= 0 and <= 100;
}
