using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0201: every sum the profile declares holds exactly to the fen (预算数 = 财政资金 + 其他资金; a task table's total).</summary>
public sealed class SumRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var record in FormRecords.Of(publication))
        foreach (var sum in record.Profile.Sums)
        {
            if (record.Find(sum.Total) is not NumberValue total) continue;
            var parts = Parts(record, sum);
            if (parts is null) continue;
            // decimal arithmetic, so 11.03 = 11.03 + 0 holds exactly; a float sum could be off by a hair.
            var added = parts.Sum(p => p.Number);
            if (total.Number != added)
                diagnostics.ErrorOf(total.At, Codes.BudgetSum, total.Field.Label, total.Number,
                    string.Join(" + ", parts.Select(p => $"{p.Label} {p.Number:0.00}")), added);
        }
    }

    /// <summary>The parts with their labels, or null when one of them could not be read (it has its own error).</summary>
    private static List<(string Label, decimal Number)>? Parts(FormRecord record, SumCheck sum)
    {
        if (sum.Column is { } column)
        {
            var dot = column.LastIndexOf('.');
            if (!record.Read(column[..dot]) || record.Find(column[..dot]) is not TableValue table) return null;
            var cells = table.Rows.Select(r => r[column[(dot + 1)..]]).OfType<NumberValue>().ToList();
            return [.. cells.Select((c, i) => ($"{c.Field.Label}[{i + 1}]", c.Number))];
        }
        var parts = sum.Parts.Select(record.Find).ToList();
        return parts.All(p => p is NumberValue)
            ? [.. parts.Cast<NumberValue>().Select(p => (p.Field.Label, p.Number))]
            : null;
    }
}
