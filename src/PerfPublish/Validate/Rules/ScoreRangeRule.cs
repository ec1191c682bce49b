using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0226: the 分值 of a first-level indicator's rows add up to within the range its profile gives it and
/// the form prints in its label (成本指标(0-20)分): a form that promises 0–20 points must not hand out 25.
/// </summary>
public sealed class ScoreRangeRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var (check, tree) in ScoreTrees(publication))
        foreach (var first in tree.Levels)
        {
            if (check.RangeOf(first.Name) is not { } range) continue;
            var sum = Scores(first, check.Key).Sum();
            if (sum < range.Min || sum > range.Max)
                diagnostics.ErrorOf(first.Origin.Of("level1"), Codes.ScoreRange, first.Name, sum.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), range.Printed);
        }
    }

    /// <summary>Every read indicator tree that a profile's score check names, with the check.</summary>
    internal static IEnumerable<(Forms.ScoreCheck Check, IndicatorTree Tree)> ScoreTrees(Publication publication) =>
        from record in FormRecords.Of(publication)
        from check in record.Profile.Scores
        where record.Read(check.Tree)
        let tree = record.Find(check.Tree) as IndicatorTree
        where tree is not null
        select (check, tree);

    /// <summary>The scores written in a first level's rows (a row left without one adds nothing).</summary>
    internal static IEnumerable<decimal> Scores(FirstLevelIndicator first, string column) =>
        first.Groups.SelectMany(g => g.Items).Select(i => i.Cells[column]).OfType<NumberValue>().Select(n => n.Number);
}
