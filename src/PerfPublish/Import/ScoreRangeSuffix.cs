using System.Text.RegularExpressions;

namespace PerfPublish.Import;

/// <summary>
/// The score range some forms print after a first level's name (成本指标(0-20)分, 产出指标 (40-50)分, 满意度指标（10分）):
/// the weight the rows under it may carry, not part of the level's name, which the framework checks.
/// </summary>
public static partial class ScoreRangeSuffix
{
    [GeneratedRegex(@"^(?<name>.+?)[\s\u3000]*(?<range>[（(][\s\u3000]*\d+(\.\d+)?[\s\u3000]*分?[\s\u3000]*([-－—–~～至][\s\u3000]*\d+(\.\d+)?[\s\u3000]*分?[\s\u3000]*)?[）)][\s\u3000]*分?)$")]
    private static partial Regex WithRange();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();

    /// <summary>The numbers of a range as typed ((0-20)分 → 0, 20; （10分） → 10), to set beside the range a profile declares.</summary>
    public static IReadOnlyList<decimal> Numbers(string range) =>
        [.. Number().Matches(range).Select(m => decimal.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The level's name and the range typed after it ("" when none).</summary>
    public static (string Name, string Range) Split(string text) =>
        WithRange().Match(text.Trim(ImportText.Blanks)) is { Success: true } m ? (m.Groups["name"].Value, m.Groups["range"].Value) : (text, "");
}
