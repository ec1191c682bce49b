using System.Globalization;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Load;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0224: an amount typed with a unit (250万, 250万元) is in the publication's currency unit, since the form
/// prints one 单位：万元 for all of them; 250元 in a 万元 publication is a slip, never silently 0.025. A score
/// (分值, role: score) is not money: it may be typed with 分 and nothing else.
/// </summary>
public sealed class AmountUnitRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var amount in FormRecords.Of(publication).SelectMany(FormRecords.Values).OfType<NumberValue>())
        {
            if (amount.Field.Type != FieldType.Amount || amount.Unit is not { } unit) continue;
            if (amount.Field.Role == ColumnRole.Score)
            {
                if (unit != "分")
                    diagnostics.Error(amount.At, Codes.AmountUnit, Messages.Format("PP0224_Score", CumulativeRule.Describe(amount), amount.Typed));
                continue;
            }
            if (!SameUnit(unit, publication.CurrencyUnit))
                diagnostics.Error(amount.At, Codes.AmountUnit, Message(amount, unit, publication.CurrencyUnit));
        }
    }

    /// <summary>万 is how 万元 is typed for short; any other unit must be the currency unit itself.</summary>
    internal static bool SameUnit(string typed, string currency) => typed == currency || typed + "元" == currency;

    /// <summary>Says what the amount is in the currency unit, where both units are money the rule knows.</summary>
    private static string Message(NumberValue amount, string unit, string currency)
    {
        var described = CumulativeRule.Describe(amount);
        if (TypedAmount.Yuan(unit) is not { } from || TypedAmount.Yuan(currency) is not { } to || from == 0 || to == 0)
            return Messages.Format("PP0224", described, amount.Typed, currency, "");
        var converted = (amount.Number * from / to).ToString("0.##########", CultureInfo.InvariantCulture);
        return Messages.Format("PP0224", described, amount.Typed, currency, Messages.Format("PP0224_Converted", converted, currency));
    }
}
