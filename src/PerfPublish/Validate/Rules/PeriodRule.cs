using System.Globalization;
using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0225: a period (项目起止时间, 项目期限) is kept as the office wrote it, in any of the shapes forms use
/// (2024年1月—2024年12月, 2024.01-2024.12, 2024-2026, 3年, 长期), but each number in it must be a year
/// (four digits, 1900–2099), a month, a day or a count (3年, 36个月): 「20246-202516」 is a garbled date.
/// </summary>
public sealed partial class PeriodRule : IRule
{
    [GeneratedRegex(@"[0-9]+(?<after>个月|年|月|日|天|周)?")]
    private static partial Regex Number();

    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var period in FormRecords.Of(publication).SelectMany(FormRecords.Values).OfType<TextValue>())
            if (period.Field.Type == FieldType.Period && Garbled(period.Text) is { } number)
                diagnostics.ErrorOf(period.At, Codes.Period, CumulativeRule.Describe(period), period.Text, number);
    }

    /// <summary>The first number that is no year, month, day or count, or null when every one is.</summary>
    public static string? Garbled(string text) =>
        Number().Matches(Load.HalfWidth.Of(text))
            .FirstOrDefault(m => !Fits(m.Value[..(m.Length - m.Groups["after"].Length)], m.Groups["after"].Value))?.Value;

    private static bool Fits(string digits, string after)
    {
        if (digits.Length > 4) return false;
        var number = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length == 4) return number is >= 1900 and <= 2099;
        return after switch
        {
            "月" => number is >= 1 and <= 12,
            "日" => number is >= 1 and <= 31,
            "年" or "个月" or "天" or "周" => number > 0,
            _ => number is >= 1 and <= 31,
        };
    }
}
