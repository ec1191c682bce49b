using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>The spending plan is cumulative: within 0–100, never decreasing, and 100 by December.</summary>
public sealed class SpendingPlanRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var plan in publication.Projects.Select(p => p.SpendingPlan))
        {
            var previous = (Key: "", Percent: 0m);
            foreach (var checkpoint in plan.Checkpoints)
            {
                var at = plan.Origin.Of(checkpoint.Key);
                if (checkpoint.Percent is < 0 or > 100)
                    diagnostics.Error(at, Codes.SpendingPlan, $"'{checkpoint.Key}' is {checkpoint.Percent}%; a percentage lies within 0–100");
                else if (checkpoint.Percent < previous.Percent)
                    diagnostics.Error(at, Codes.SpendingPlan,
                        $"'{checkpoint.Key}' ({checkpoint.Percent}%) is less than '{previous.Key}' ({previous.Percent}%); the plan is cumulative");
                previous = checkpoint;
            }

            if (plan.December != 100)
                diagnostics.Error(plan.Origin.Of("december"), Codes.SpendingPlan,
                    $"'december' is {plan.December}%; the whole budget is spent by the end of December (100)");
        }
    }
}
