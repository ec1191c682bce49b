using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0203: a plan the profile declares cumulative (资金支出计划) never decreases, and its last checkpoint is
/// what the profile says it ends at (100: the whole budget spent by December). Percentages outside
/// 0–100 are PercentageRangeRule's.
/// </summary>
public sealed class CumulativeRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var record in FormRecords.Of(publication))
        foreach (var plan in record.Profile.Cumulative)
        {
            var checkpoints = plan.Fields.Select(record.Find).ToList();
            if (!checkpoints.All(c => c is NumberValue)) continue;
            var values = checkpoints.Cast<NumberValue>().ToList();
            for (var i = 1; i < values.Count; i++)
                if (values[i].Number < values[i - 1].Number && InRange(values[i].Number) && InRange(values[i - 1].Number))
                    diagnostics.ErrorOf(values[i].At, Codes.SpendingPlan, Describe(values[i]), values[i].Number, values[i - 1].Number, Describe(values[i - 1]));

            var last = values[^1];
            if (plan.EndsAt is { } end && last.Number != end && InRange(last.Number))
                diagnostics.Error(last.At, Codes.SpendingPlan, Messages.Format("PP0203_End", Describe(last), last.Number, end));
        }
    }

    internal static string Describe(FieldValue value) => Messages.Format("Field", value.Field.Key, value.Field.Label);

    /// <summary>A value outside 0–100 already has its own diagnostic; comparing with it would only add noise.</summary>
    private static bool InRange(decimal percent) => percent is >= 0 and <= 100;
}
