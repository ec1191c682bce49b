using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0202: every amount is ≥ 0 and written to the fen (at most two decimals).</summary>
public sealed class AmountFormatRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var amount in FormRecords.Of(publication).SelectMany(FormRecords.Values).OfType<NumberValue>())
        {
            if (amount.Field.Type != FieldType.Amount) continue;
            if (amount.Number < 0)
                diagnostics.Error(amount.At, Codes.AmountFormat,
                    Messages.Format("PP0202_Negative", CumulativeRule.Describe(amount), amount.Number));
            // 6.000 is 6.00 written long; only digits beyond the fen that are not zero are wrong.
            if (amount.Number != Math.Round(amount.Number, 2))
                diagnostics.Error(amount.At, Codes.AmountFormat,
                    Messages.Format("PP0202_Decimals", CumulativeRule.Describe(amount), amount.Number));
        }
    }
}
