using System.Text.RegularExpressions;

namespace PerfPublish.Import;

/// <summary>
/// A 绩效目标 cell as a list: one goal per paragraph, or several typed in one paragraph ("1.保证…。2.提高…");
/// the numbers (1. or 目标1：, as the central and department forms print them) are dropped, since the template
/// numbers the goals itself.
/// </summary>
public static partial class GoalList
{
    [GeneratedRegex(@"^\s*(目标\s*\d{1,2}\s*[:：]|[（(]?\d{1,2}[.、．)）])\s*")]
    private static partial Regex Number();

    // A number starts a new goal only after the end of a sentence (or a blank), so "10.5万元" inside a goal stays whole.
    [GeneratedRegex(@"(?<=[。；;！!\s])(?=目标\s*\d{1,2}\s*[:：]|[（(]?\d{1,2}[.、．)）]\D)")]
    private static partial Regex InlineStart();

    public static IReadOnlyList<string> Split(IReadOnlyList<string> paragraphs) => [.. Numbered(paragraphs).Select(g => g.Goal).Where(g => g.Length > 0)];

    /// <summary>Each goal with the number typed before it ("" when none): the number is the form's, the goal the office's.</summary>
    public static IReadOnlyList<(string Number, string Goal)> Numbered(IReadOnlyList<string> paragraphs) =>
        [.. paragraphs.Select(p => p.Trim(ImportText.Blanks)).Where(p => p.Length > 0)
            .SelectMany(p => Number().IsMatch(p) ? InlineStart().Split(p) : [p])
            .Select(goal => (Number: Number().Match(goal) is { Success: true, Index: 0 } m ? m.Value : "", Goal: goal))
            .Select(g => (g.Number, Goal: g.Goal[g.Number.Length..].Trim(ImportText.Blanks)))];
}
