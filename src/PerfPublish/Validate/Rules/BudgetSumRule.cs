using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0201: 预算数 = 财政资金 + 其他资金, exactly to the fen.</summary>
public sealed class BudgetSumRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var project in publication.Projects.Where(p => p.Read("budget")))
        {
            var budget = project.Budget;
            // decimal arithmetic, so 11.03 = 11.03 + 0 holds exactly; a float sum could be off by a hair.
            if (budget.Total != budget.Fiscal + budget.Other)
                diagnostics.Error(budget.Origin.Of("total"), Codes.BudgetSum,
                    Messages.Format("PP0201", budget.Total, budget.Fiscal, budget.Other, budget.Fiscal + budget.Other));
        }
    }
}
