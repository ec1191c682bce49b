using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0202: every amount is ≥ 0 and written to the fen (at most two decimals).</summary>
public sealed class AmountFormatRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var budget in publication.Projects.Where(p => p.Read("budget")).Select(p => p.Budget))
        {
            CheckAmount(budget, "total", budget.Total, diagnostics);
            CheckAmount(budget, "fiscal", budget.Fiscal, diagnostics);
            CheckAmount(budget, "other", budget.Other, diagnostics);
        }
    }

    private static void CheckAmount(Budget budget, string key, decimal amount, DiagnosticBag diagnostics)
    {
        if (amount < 0)
            diagnostics.Error(budget.Origin.Of(key), Codes.AmountFormat,
                Messages.Format("PP0202_Negative", FieldNames.Describe(key), amount));
        // 6.000 is 6.00 written long; only digits beyond the fen that are not zero are wrong.
        if (amount != Math.Round(amount, 2))
            diagnostics.Error(budget.Origin.Of(key), Codes.AmountFormat,
                Messages.Format("PP0202_Decimals", FieldNames.Describe(key), amount));
    }
}
