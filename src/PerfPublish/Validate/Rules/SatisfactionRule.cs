using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0213: a satisfaction (满意度) percentage is never above 100%: nobody is more than entirely satisfied.</summary>
public sealed class SatisfactionRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var (first, second, row, target, value) in IndicatorValueRule.PlacedTargets(publication))
        {
            if (!IsSatisfaction(first, second, row)) continue;
            if (value.IsPercentage && (value.Number > 100 || (value.Number == 100 && value.Operator is ">" or "＞")))
                diagnostics.ErrorOf(target.At, Codes.SatisfactionAbove100, target.Text, row.Name);
            // Usually ≥90% (85% and 95% occur): below 90 is worth a second look, not an error.
            else if (value.IsPercentage && value.Number < LowSatisfaction)
                diagnostics.WarningOf(target.At, Codes.SatisfactionLow, target.Text, row.Name, LowSatisfaction);
        }
    }

    public const decimal LowSatisfaction = 90;

    /// <summary>满意度指标 by its place in the tree, or a row named as a satisfaction rate (满意率, 满意度) elsewhere.</summary>
    internal static bool IsSatisfaction(FirstLevelIndicator first, SecondLevelIndicator second, Indicator row) =>
        first.Name.Contains("满意度", StringComparison.Ordinal) || second.Name.Contains("满意度", StringComparison.Ordinal) ||
        row.Name.Contains("满意", StringComparison.Ordinal);
}
