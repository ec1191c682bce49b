using System.Globalization;
using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;

namespace PerfPublish.Validate;

/// <summary>
/// A 指标值 read the way the form means it: a quantity ("≥90%", "100%", "＜3天": an optional comparison,
/// a number and a unit) or a qualitative text ("优良", "达标", "是", "持续改善", "应保尽保"). What looks like the
/// start of a quantity but is not one (an operator without a number, a number without a unit) is malformed,
/// with a reason. Where the form has a 计量单位 column, the number's unit is in that column ("10" | "辆").
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

    /// <summary>A number written without a unit: malformed, unless the form's 计量单位 column gives the unit.</summary>
    public bool LacksUnit { get; init; }

    /// <summary>The problem is not the value's shape but its row's other cells (计量单位, 指标值类型) saying otherwise.</summary>
    public bool ContradictsRow { get; init; }

    /// <summary>A text that states the target in words (优良, 达标, 是): it needs no unit.</summary>
    public bool IsQualitative => Number is null && Problem is null && Text.Length > 0;

    /// <summary>
    /// The value with the unit its form's 计量单位 column gives (blank: none) and the type its 指标值类型 column
    /// gives (定量 a quantity, 定性 words; blank or anything else: either).
    /// </summary>
    public static IndicatorValue Read(string text, string unit, string valueType)
    {
        var value = WithUnit(Read(text), unit.Trim());
        if (value.Problem is not null) return value;
        return valueType.Trim() switch
        {
            Quantitative when value.IsQualitative => Contradicted(value.Text, Messages.Format("PP0212_Quantitative")),
            Qualitative when value.IsQuantity => Contradicted(value.Text, Messages.Format("PP0212_Qualitative")),
            _ => value,
        };
    }

    public const string Quantitative = "定量";
    public const string Qualitative = "定性";

    /// <summary>A number whose unit stands in the 计量单位 column is a quantity in that unit; a unit typed in both places is a slip.</summary>
    private static IndicatorValue WithUnit(IndicatorValue value, string unit)
    {
        if (unit.Length == 0) return value;
        if (value.LacksUnit) return value with { Unit = unit, Problem = null, LacksUnit = false };
        if (value.IsQuantity)
            return Contradicted(value.Text, Messages.Format("PP0212_TwoUnits", value.Unit, unit));
        return value;
    }

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
            return new IndicatorValue(value, op, number, null, Messages.Format("PP0212_NoUnit", value)) { LacksUnit = true };
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

    /// <summary>A well-formed value that the row's 计量单位 or 指标值类型 cell contradicts.</summary>
    private static IndicatorValue Contradicted(string value, string problem) => Malformed(value, problem) with { ContradictsRow = true };

}
