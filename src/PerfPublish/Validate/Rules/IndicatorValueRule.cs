using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0212: a 指标值 is either a quantity (≥ ≤ ＝ &gt; &lt; with a number and a unit, or a number and a
/// unit alone, as in "100%") or a qualitative text; see <see cref="IndicatorValue"/>.
/// </summary>
public sealed class IndicatorValueRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var (row, target) in Targets(publication))
        {
            var value = IndicatorValue.Read(target.Text);
            if (value.Problem is not null)
                diagnostics.Error(target.At, Codes.IndicatorValue,
                    Messages.Format("PP0212", target.Text, row.Name, value.Problem));
        }
    }

    /// <summary>Every indicator row with its 指标值: the cell of the column the profile marks role: target.</summary>
    internal static IEnumerable<(Indicator Row, TextValue Target)> Targets(Publication publication) =>
        from tree in FormRecords.Of(publication).SelectMany(r => r.Trees)
        let column = tree.TargetColumn
        where column is not null
        from row in tree.Rows
        let target = row.Cells[column.Key] as TextValue
        where target is not null
        select (row, target);

    /// <summary>As <see cref="Targets(Publication)"/>, with the row's first- and second-level names.</summary>
    internal static IEnumerable<(FirstLevelIndicator First, SecondLevelIndicator Second, Indicator Row, TextValue Target)> PlacedTargets(Publication publication)
    {
        foreach (var tree in FormRecords.Of(publication).SelectMany(r => r.Trees))
        {
            if (tree.TargetColumn is not { } column) continue;
            foreach (var first in tree.Levels)
            foreach (var second in first.Groups)
            foreach (var row in second.Items)
                if (row.Cells[column.Key] is TextValue target) yield return (first, second, row, target);
        }
    }
}
