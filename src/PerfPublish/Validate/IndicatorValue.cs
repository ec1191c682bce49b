using System.Globalization;
using System.Text.RegularExpressions;

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
        [(">=", "≥"), ("=>", "≥"), ("<=", "≤"), ("=<", "≤"), ("≧", "≥"), ("≦", "≤"), ("≥=", "≥"), ("≤=", "≤")];

    [GeneratedRegex(@"^(?<number>[0-9]+(\.[0-9]+)?)\s*(?<unit>.*)$", RegexOptions.Singleline)]
    private static partial Regex Quantity();

    public bool IsQuantity => Number is not null && Problem is null;

    public bool IsPercentage => IsQuantity && Unit is "%" or "％";

    public static IndicatorValue Read(string text)
    {
        var value = text.Trim();
        var spelling = Spellings.FirstOrDefault(s => value.StartsWith(s.Typed, StringComparison.Ordinal));
        if (spelling.Typed is not null)
            return Malformed(value, $"write '{spelling.Symbol}' instead of '{spelling.Typed}' (for example {spelling.Symbol}90%)");

        if (value.Length > 0 && Operators.Contains(value[0]))
            return ReadQuantity(value, value[..1], value[1..].TrimStart());
        if (value.Length > 0 && char.IsAsciiDigit(value[0]))
            return ReadQuantity(value, null, value);
        if (value.Length > 0 && value[0] is >= '０' and <= '９')
            return Malformed(value, "write the digits as half-width 0–9 (for example ≥90%)");
        return new IndicatorValue(value, null, null, null, null);
    }

    private static IndicatorValue ReadQuantity(string value, string? op, string rest)
    {
        var match = Quantity().Match(rest);
        if (!match.Success)
            return Malformed(value, $"after '{op}' comes a number with its unit, for example {op}90% or {op}50个" +
                (rest.Length > 0 && rest[0] is >= '０' and <= '９' ? " (half-width digits 0–9)" : ""));
        if (!decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return Malformed(value, "the number is too long to be a measure");
        var unit = match.Groups["unit"].Value.Trim();
        if (unit.Length == 0)
            return Malformed(value, $"the number has no unit; write it with one, for example {value}% or {value}个");
        return new IndicatorValue(value, op, number, unit, null);
    }

    private static IndicatorValue Malformed(string value, string problem) => new(value, null, null, null, problem);
}
