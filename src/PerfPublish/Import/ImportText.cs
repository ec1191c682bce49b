using System.Text.RegularExpressions;

namespace PerfPublish.Import;

/// <summary>How typed text is compared: offices mix full-width and half-width spaces, colons and brackets.</summary>
public static partial class ImportText
{
    /// <summary>Spaces Word files really hold around text: ASCII, no-break, full-width (U+3000), tabs and breaks.</summary>
    public static readonly char[] Blanks = [' ', '\t', '\n', '\r', '\u00A0', '\u3000', '\u2002', '\u2003', '\u200B', '\uFEFF'];

    [GeneratedRegex(@"[\s\u00A0\u3000\u200B\uFEFF]+")]
    private static partial Regex AnyBlanks();

    /// <summary>The marks forms print on a required field's label (「*指标值」, 「★项目名称」): not part of the label.</summary>
    public static readonly char[] RequiredMarks = ['*', '＊', '※', '★', '☆'];

    /// <summary>
    /// A label as it is compared: no spaces, half-width brackets and colons, no trailing colon, no leading
    /// 其中： (the form's "其中：财政资金" is the same label as "财政资金") and no required-field mark.
    /// </summary>
    public static string LabelKey(string text)
    {
        var key = AnyBlanks().Replace(text, "")
            .Replace('（', '(').Replace('）', ')').Replace('：', ':').Trim(RequiredMarks).TrimEnd(':').Trim(RequiredMarks);
        return key.StartsWith("其中:", StringComparison.Ordinal) ? key["其中:".Length..] : key;
    }

    [GeneratedRegex(@"\([^()]*\)$")]
    private static partial Regex TrailingBrackets();

    /// <summary>A label key without the unit a form adds in brackets: 资金支出计划(%) → 资金支出计划.</summary>
    public static string WithoutTrailingBrackets(string key) => TrailingBrackets().Replace(key, "");

    /// <summary>Collapses a text's runs of blanks inside a line to what a reader sees; line breaks stay.</summary>
    public static string Clean(string text) =>
        string.Join("\n", text.Split('\n').Select(line => line.Trim(Blanks)).Where(line => line.Length > 0));
}
