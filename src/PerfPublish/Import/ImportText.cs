using System.Text.RegularExpressions;
using PerfPublish.Validate.Rules;

namespace PerfPublish.Import;

/// <summary>How typed text is compared: offices mix full-width and half-width spaces, colons and brackets.</summary>
public static partial class ImportText
{
    /// <summary>Spaces Word files really hold around text: ASCII, no-break, full-width (U+3000), tabs and breaks.</summary>
    public static readonly char[] Blanks = [' ', '\t', '\n', '\r', '\u00A0', '\u3000', '\u2002', '\u2003', '\u200B', '\uFEFF'];

    [GeneratedRegex(@"[\s\u00A0\u3000\u200B\uFEFF]+")]
    private static partial Regex AnyBlanks();

    /// <summary>
    /// A label as it is compared: no spaces, half-width brackets and colons, no trailing colon and no
    /// leading 其中： (the form's "其中：财政资金" is the same label as "财政资金").
    /// </summary>
    public static string LabelKey(string text)
    {
        var key = AnyBlanks().Replace(text, "")
            .Replace('（', '(').Replace('）', ')').Replace('：', ':').TrimEnd(':');
        return key.StartsWith("其中:", StringComparison.Ordinal) ? key["其中:".Length..] : key;
    }

    [GeneratedRegex(@"\([^()]*\)$")]
    private static partial Regex TrailingBrackets();

    /// <summary>A label key without the unit a form adds in brackets: 资金支出计划(%) → 资金支出计划.</summary>
    public static string WithoutTrailingBrackets(string key) => TrailingBrackets().Replace(key, "");

    /// <summary>
    /// The text without the characters `check` refuses (PP0003: control characters, zero-width spaces and joiners,
    /// bidirectional overrides, a byte-order mark inside the text): Word files pasted from web pages hold them, unseen.
    /// </summary>
    public static string Visible(string text)
    {
        if (ControlCharacterRule.FirstNonText(text) is null) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var piece = text.Substring(i, width);
            if (ControlCharacterRule.FirstNonText(piece) is null) kept.Append(piece);
            i += width - 1;
        }

        return kept.ToString();
    }

    /// <summary>A character <see cref="Visible"/> removes.</summary>
    public static bool IsInvisible(char c) => !char.IsSurrogate(c) && ControlCharacterRule.FirstNonText(c.ToString()) is not null;

    /// <summary>Collapses a text's runs of blanks inside a line to what a reader sees; line breaks stay.</summary>
    public static string Clean(string text) =>
        string.Join("\n", text.Split('\n').Select(line => line.Trim(Blanks)).Where(line => line.Length > 0));
}
