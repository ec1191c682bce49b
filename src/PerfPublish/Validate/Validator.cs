using PerfPublish.Diagnostics;
using PerfPublish.Model;
using PerfPublish.Validate.Rules;

namespace PerfPublish.Validate;

/// <summary>Runs every content rule over a loaded publication.</summary>
public sealed class Validator(ValidationContext context)
{
    private static readonly IRule[] Rules =
    [
        new BudgetRule(),
        new SpendingPlanRule(),
        new IndicatorFrameworkRule(),
        new UniqueProjectsRule(),
    ];

    public void Check(Publication publication, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules) rule.Check(publication, context, diagnostics);
    }
}
