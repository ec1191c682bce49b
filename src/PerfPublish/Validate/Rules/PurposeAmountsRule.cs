using System.Globalization;
using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0210 (warning): the amounts the 资金用途 sentence names ("预算6万元，其中财政资金6万元") agree with
/// the budget table. A warning, not an error: the sentence is free text, and reading it is a best effort.
/// </summary>
public sealed class PurposeAmountsRule : IRule
{
    private static readonly Dictionary<string, decimal> UnitsInYuan = new(StringComparer.Ordinal)
    {
        ["元"] = 1m,
        ["万元"] = 10_000m,
        ["亿元"] = 100_000_000m,
    };

    /// <summary>
    /// The phrases that name each budget figure, longest first so 预算数 wins over 预算, with the field that
    /// holds the figure. The sentence is the field 'purpose'; a profile without these fields is passed over.
    /// </summary>
    private static readonly (string Path, string Label, Regex Pattern)[] Figures =
    [
        ("budget.total", "预算数", AmountAfter("预算总额|预算资金|预算数|总预算|预算")),
        ("budget.fiscal", "财政资金", AmountAfter("财政拨款资金|财政拨款|财政资金")),
        ("budget.other", "其他资金", AmountAfter("其他资金")),
    ];

    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (!UnitsInYuan.TryGetValue(publication.CurrencyUnit, out var currency)) return;
        foreach (var record in FormRecords.Of(publication).Where(r => r.Read("budget") && r.Find("purpose") is TextValue))
        foreach (var (path, label, pattern) in Figures)
        {
            var named = Named(record.Text("purpose"), pattern);
            if (named is null || record.Number(path) is not { } table) continue;
            // Powers of ten convert exactly in decimal; the regex keeps the named amount small enough not to overflow.
            if (named.Value.Amount * UnitsInYuan[named.Value.Unit] / currency != table)
                diagnostics.WarningOf(record.Find("purpose")!.At, Codes.PurposeAmount, label, named.Value.Text, table, publication.CurrencyUnit);
        }
    }

    /// <summary>The first amount the sentence names after one of the phrases, e.g. "预算数13万元" → (13, 万元).</summary>
    private static (decimal Amount, string Unit, string Text)? Named(string purpose, Regex pattern)
    {
        var match = pattern.Match(purpose);
        if (!match.Success) return null;
        var amount = decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        return (amount, match.Groups["unit"].Value, match.Groups["number"].Value + match.Groups["unit"].Value);
    }

    private static Regex AmountAfter(string phrases) =>
        new($@"(?:{phrases})[：:为是共计约\s]*(?<number>[0-9]{{1,12}}(?:\.[0-9]{{1,6}})?)\s*(?<unit>亿元|万元|元)", RegexOptions.CultureInvariant);
}
