using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0213: a satisfaction (满意度) percentage is never above 100%: nobody is more than entirely satisfied.</summary>
public sealed class SatisfactionRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var first in publication.Projects.SelectMany(p => p.Indicators))
        foreach (var second in first.Groups)
        foreach (var row in second.Items.Where(r => IsSatisfaction(first, second, r)))
        {
            var value = IndicatorValue.Read(row.Value);
            if (value.IsPercentage && (value.Number > 100 || (value.Number == 100 && value.Operator is ">" or "＞")))
                diagnostics.Error(row.Origin.Of("value"), Codes.SatisfactionAbove100,
                    Messages.Format("PP0213", row.Value, row.Name));
        }
    }

    /// <summary>满意度指标 by its place in the tree, or a row named as a satisfaction rate (满意率, 满意度) elsewhere.</summary>
    private static bool IsSatisfaction(FirstLevelIndicator first, SecondLevelIndicator second, Indicator row) =>
        first.Name.Contains("满意度", StringComparison.Ordinal) || second.Name.Contains("满意度", StringComparison.Ordinal) ||
        row.Name.Contains("满意", StringComparison.Ordinal);
}
