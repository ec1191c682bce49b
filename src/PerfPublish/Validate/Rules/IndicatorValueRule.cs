using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0212: a 指标值 is either a quantity (≥ ≤ ＝ &gt; &lt; with a number and a unit, or a number and a
/// unit alone, as in "100%") or a qualitative text; see <see cref="IndicatorValue"/>. Where the profile
/// has a 计量单位 column (role: unit) the unit may stand there instead, and where it has a 指标值类型 column
/// (role: value_type) 定量 and 定性 must agree with the value.
/// </summary>
public sealed class IndicatorValueRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var (_, _, row, target, value) in PlacedTargets(publication))
        {
            if (value.Problem is null) continue;
            diagnostics.Error(target.At, Codes.IndicatorValue,
                Messages.Format(value.ContradictsRow ? "PP0212_Row" : "PP0212", target.Text, row.Name, value.Problem));
        }
    }

    /// <summary>
    /// Every indicator row's 指标值 (the cell of the column the profile marks role: target) with its first- and
    /// second-level names, read together with the row's 计量单位 and 指标值类型 cells where the profile has them.
    /// </summary>
    internal static IEnumerable<(FirstLevelIndicator First, SecondLevelIndicator Second, Indicator Row, TextValue Target, IndicatorValue Value)> PlacedTargets(Publication publication)
    {
        foreach (var tree in FormRecords.Of(publication).SelectMany(r => r.Trees))
        {
            if (tree.TargetColumn is not { } column) continue;
            foreach (var first in tree.Levels)
            foreach (var second in first.Groups)
            foreach (var row in second.Items)
                if (row.Cells[column.Key] is TextValue target)
                    yield return (first, second, row, target, IndicatorValue.Read(target.Text, Cell(row, tree.UnitColumn), Cell(row, tree.ValueTypeColumn)));
        }
    }

    private static string Cell(Indicator row, Forms.FieldDefinition? column) => column is null ? "" : row.Text(column.Key);
}
