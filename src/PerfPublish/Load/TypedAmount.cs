using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfPublish.Load;

/// <summary>
/// An amount as offices type it into a form: 250, 250万, 250万元, 1,250.00, full-width ２５０万. The number is
/// read as written; the unit, when one is typed, is kept so a rule can check it against the publication's
/// currency unit (250元 in a 万元 publication is a mistake, not 0.025). Null for anything else ("六万", "约250").
/// </summary>
public sealed partial record TypedAmount(decimal Number, string? Unit)
{
    /// <summary>The units an amount may be typed with; 分 is a score's (分值), the rest money.</summary>
    public static readonly string[] Units = ["亿元", "万元", "千元", "元", "万", "分"];

    [GeneratedRegex(@"^(?<number>-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)\s*(?<unit>亿元|万元|千元|元|万|分)?$")]
    private static partial Regex Shape();

    public static TypedAmount? Read(string text)
    {
        var match = Shape().Match(HalfWidth.Of(text).Trim());
        if (!match.Success) return null;
        var digits = match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return null;
        return new TypedAmount(number, match.Groups["unit"].Success ? match.Groups["unit"].Value : null);
    }

    /// <summary>How many yuan one of a money unit is (万元 → 10000); null for a unit that is not money.</summary>
    public static decimal? Yuan(string unit) => unit switch
    {
        "元" => 1m,
        "千元" => 1_000m,
        "万元" or "万" => 10_000m,
        "亿元" => 100_000_000m,
        _ => null,
    };
}
