using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0214: every percentage field (each checkpoint of a spending plan) lies within 0–100.</summary>
public sealed class SpendingPlanRangeRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var value in FormRecords.Of(publication).SelectMany(FormRecords.Values).OfType<NumberValue>())
            if (value.Field.Type == FieldType.Percentage && value.Number is < 0 or > 100)
                diagnostics.ErrorOf(value.At, Codes.PercentageRange, CumulativeRule.Describe(value), value.Number);
    }
}
