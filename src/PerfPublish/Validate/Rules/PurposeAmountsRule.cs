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

    /// <summary>The phrases that name each budget figure, longest first so 预算数 wins over 预算.</summary>
    private static readonly (string Key, string Label, Regex Pattern)[] Figures =
    [
        ("total", "预算数", AmountAfter("预算总额|预算资金|预算数|总预算|预算")),
        ("fiscal", "财政资金", AmountAfter("财政拨款资金|财政拨款|财政资金")),
        ("other", "其他资金", AmountAfter("其他资金")),
    ];

    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (!UnitsInYuan.TryGetValue(publication.CurrencyUnit, out var currency)) return;
        foreach (var project in publication.Projects.Where(p => p.Read("budget")))
        foreach (var (key, label, pattern) in Figures)
        {
            var named = Named(project.Purpose, pattern);
            if (named is null) continue;
            var table = key switch { "total" => project.Budget.Total, "fiscal" => project.Budget.Fiscal, _ => project.Budget.Other };
            // Powers of ten convert exactly in decimal; the regex keeps the named amount small enough not to overflow.
            if (named.Value.Amount * UnitsInYuan[named.Value.Unit] / currency != table)
                diagnostics.Warning(project.Origin.Of("purpose"), Codes.PurposeAmount,
                    Messages.Format("PP0210", label, named.Value.Text, table, publication.CurrencyUnit));
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
