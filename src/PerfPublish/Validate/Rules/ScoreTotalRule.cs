using System.Globalization;
using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0227: the 分值 of all of a tree's rows add up to the total its profile declares (100 on most forms).</summary>
public sealed class ScoreTotalRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var (check, tree) in ScoreRangeRule.ScoreTrees(publication))
        {
            if (check.Total is not { } total) continue;
            var sum = tree.Levels.SelectMany(first => ScoreRangeRule.Scores(first, check.Key)).Sum();
            if (sum != total)
                diagnostics.ErrorOf(tree.At, Codes.ScoreTotal, tree.Field.Label,
                    sum.ToString("0.##", CultureInfo.InvariantCulture), total.ToString("0.##", CultureInfo.InvariantCulture));
        }
    }
}
