using System.Globalization;
using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;

namespace PerfPublish.Validate;

/// <summary>
/// A 指标值 read the way the form means it: a quantity ("≥90%", "100%", "＜3天": an optional comparison,
/// a number and a unit) or a qualitative text ("控制在预算额度内"). What looks like the start of a quantity
/// but is not one (an operator without a number, a number without a unit) is malformed, with a reason.
/// </summary>
public sealed partial record IndicatorValue(string Text, string? Operator, decimal? Number, string? Unit, string? Problem)
{
    public const string Operators = "≥≤＝=><＞＜";

    /// <summary>Two-character spellings people type for want of the symbol, with the symbol to use.</summary>
    private static readonly (string Typed, string Symbol)[] Spellings =
        [(">=", "≥"), ("=>", "≥"), ("<=", "≤"), ("=<", "≤"), ("≧", "≥"), ("≦", "≤"), ("≥=", "≥"), ("≤=", "≤"), ("=", "＝")];

    [GeneratedRegex(@"^(?<number>[0-9]+(\.[0-9]+)?)\s*(?<unit>.*)$", RegexOptions.Singleline)]
    private static partial Regex Quantity();

    public bool IsQuantity => Number is not null && Problem is null;

    public bool IsPercentage => IsQuantity && Unit is "%" or "％";

    public static IndicatorValue Read(string text)
    {
        var value = text.Trim();
        if (Placeholder(value) is { } mark)
            return Malformed(value, Messages.Format("PP0212_Placeholder", mark));
        var spelling = Spellings.FirstOrDefault(s => value.StartsWith(s.Typed, StringComparison.Ordinal));
        if (spelling.Typed is not null)
            return Malformed(value, Messages.Format("PP0212_Spelling", spelling.Symbol, spelling.Typed));

        if (value.Length > 0 && Operators.Contains(value[0]))
            return ReadQuantity(value, value[..1], value[1..].TrimStart());
        if (value.Length > 0 && char.IsAsciiDigit(value[0]))
            return ReadQuantity(value, null, value);
        if (value.Length > 0 && value[0] is >= '０' and <= '９')
            return Malformed(value, Messages.Format("PP0212_FullWidth"));
        return new IndicatorValue(value, null, null, null, null);
    }

    private static IndicatorValue ReadQuantity(string value, string? op, string rest)
    {
        var match = Quantity().Match(rest);
        if (!match.Success)
            return Malformed(value, Messages.Format(
                rest.Length > 0 && rest[0] is >= '０' and <= '９' ? "PP0212_AfterOperatorFullWidth" : "PP0212_AfterOperator", op));
        if (!decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return Malformed(value, Messages.Format("PP0212_TooLong"));
        var unit = match.Groups["unit"].Value.Trim();
        if (unit.Length == 0)
            return Malformed(value, Messages.Format("PP0212_NoUnit", value));
        return new IndicatorValue(value, op, number, unit, null);
    }

    /// <summary>
    /// A mark left from a blank form where the number should be: '*' or '_' (「≥**%」, 「__天」, 「≥90*」), or a
    /// '-' standing for no value (「-」, 「≥-%」). Only where a number goes, so free text may still hold them.
    /// </summary>
    [GeneratedRegex(@"^(?:[≥≤＝=><＞＜]\s*)?(?:[*_]|-(?![0-9]))|^[≥≤＝=><＞＜]?\s*[0-9.]*\s*[*_]+\s*[%％]?$|[*_]{2,}")]
    private static partial Regex PlaceholderMark();

    private static string? Placeholder(string value)
    {
        var match = PlaceholderMark().Match(value);
        if (!match.Success) return null;
        return value.Substring(match.Index, match.Length).First(c => c is '*' or '_' or '-').ToString();
    }

    private static IndicatorValue Malformed(string value, string problem) => new(value, null, null, null, problem);
}
