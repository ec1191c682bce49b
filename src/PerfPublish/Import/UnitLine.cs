using System.Text.RegularExpressions;

namespace PerfPublish.Import;

/// <summary>
/// The line above each form: "632001秦皇岛市北戴河区政府采购中心(本级)" and "单位：万元", typed as one
/// tab-separated paragraph, as two paragraphs, or as a borderless two-cell table.
/// </summary>
public sealed partial record UnitLine(string? Code, string? Name, string? CurrencyUnit)
{
    [GeneratedRegex(@"^(?<unit>.*?)[\s\u3000]*单位[:：][\s\u3000]*(?<currency>\S+)$", RegexOptions.Singleline)]
    private static partial Regex WithCurrency();

    [GeneratedRegex(@"^(?<code>\d{3,12})[\s\u3000]*(?<name>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex CodeAndName();

    /// <summary>The unit line in <paramref name="text"/> (pieces joined by tabs), or null when it has no 单位： part.</summary>
    public static UnitLine? Parse(string text)
    {
        var match = WithCurrency().Match(text.Trim(ImportText.Blanks));
        if (!match.Success) return null;
        var unit = match.Groups["unit"].Value.Trim(ImportText.Blanks);
        var currency = match.Groups["currency"].Value.Trim(ImportText.Blanks);
        if (unit.Length == 0) return new UnitLine(null, null, currency);
        var split = CodeAndName().Match(unit);
        return split.Success
            ? new UnitLine(split.Groups["code"].Value, split.Groups["name"].Value.Trim(ImportText.Blanks), currency)
            : new UnitLine(null, unit, currency);
    }

    /// <summary>The unit's part alone ("632001秦皇岛市…"), for the first of two paragraphs.</summary>
    public static UnitLine? ParseUnit(string text)
    {
        var split = CodeAndName().Match(text.Trim(ImportText.Blanks));
        return split.Success ? new UnitLine(split.Groups["code"].Value, split.Groups["name"].Value.Trim(ImportText.Blanks), null) : null;
    }
}
