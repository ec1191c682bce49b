using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>预算数 = 财政资金 + 其他资金 to the fen; each amount is ≥ 0 with at most two decimals.</summary>
public sealed class BudgetRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var project in publication.Projects)
        {
            var budget = project.Budget;
            CheckAmount(budget, "total", budget.Total, diagnostics);
            CheckAmount(budget, "fiscal", budget.Fiscal, diagnostics);
            CheckAmount(budget, "other", budget.Other, diagnostics);
            if (budget.Total != budget.Fiscal + budget.Other)
                diagnostics.Error(budget.Origin.Of("total"), Codes.BudgetSum,
                    $"预算数 {budget.Total:0.00} ≠ 财政资金 {budget.Fiscal:0.00} + 其他资金 {budget.Other:0.00} " +
                    $"(= {budget.Fiscal + budget.Other:0.00}) in project {project.Code}");
        }
    }

    private static void CheckAmount(Budget budget, string key, decimal amount, DiagnosticBag diagnostics)
    {
        if (amount < 0)
            diagnostics.Error(budget.Origin.Of(key), Codes.AmountFormat, $"'{key}' is negative ({amount}); amounts are ≥ 0");
        if (amount.Scale > 2 && amount != Math.Round(amount, 2))
            diagnostics.Error(budget.Origin.Of(key), Codes.AmountFormat,
                $"'{key}' has more than two decimals ({amount}); amounts are written to the fen (0.01)");
    }
}
