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
        foreach (var row in publication.Projects.SelectMany(p => p.Indicators).SelectMany(f => f.Groups).SelectMany(g => g.Items))
        {
            var value = IndicatorValue.Read(row.Value);
            if (value.Problem is not null)
                diagnostics.Error(row.Origin.Of("value"), Codes.IndicatorValue,
                    Messages.Format("PP0212", row.Value, row.Name, value.Problem));
        }
    }
}
