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

    /// <summary>
    /// The text without the characters `check` refuses (PP0003: control characters, zero-width spaces and joiners,
    /// bidirectional overrides, a byte-order mark inside the text): Word files pasted from web pages hold them, unseen.
    /// </summary>
    public static string Visible(string text)
    {
        if (PerfPublish.Load.NonText.First(text) is null) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var piece = text.Substring(i, width);
            if (PerfPublish.Load.NonText.First(piece) is null) kept.Append(piece);
            i += width - 1;
        }

        return kept.ToString();
    }

    /// <summary>A character <see cref="Visible"/> removes.</summary>
    public static bool IsInvisible(char c) => !char.IsSurrogate(c) && PerfPublish.Load.NonText.First(c.ToString()) is not null;

    [GeneratedRegex(@"^(?<label>(其中[:：])?[^:：\d][^:：]{0,19}?)[\s\u3000]*[:：][\s\u3000]*(?<value>\S.*)$")]
    private static partial Regex LabelValue();

    // Pairs on one line stand apart by a tab, two or more blanks (填表人：张敏　　联系电话：0335-4041234; Word keeps &nbsp; as
    // U+00A0), or one blank before the next label (填表人：孙悦 审核人：钱明). A blank inside a value (023-6781 2345) stays.
    [GeneratedRegex(@"\t|[ \u00A0\u3000\u2002\u2003]{2,}|[ \u00A0\u3000\u2002\u2003](?=[^\s\u00A0\u3000:：\d]{2,8}[:：])")]
    private static partial Regex PairGap();

    /// <summary>
    /// A text's label：value pairs, one a line or several on a line apart by wide blanks; a piece that is no such pair has
    /// no label. The value is as typed, the text the whole piece.
    /// </summary>
    public static IReadOnlyList<(string? Label, string Value, string Text)> LabelValues(string text) =>
        [.. text.Split('\n').SelectMany(line => PairGap().Split(line)).Select(piece => piece.Trim(Blanks)).Where(piece => piece.Length > 0)
            .Select(piece => LabelValue().Match(piece) is { Success: true } m
                ? (m.Groups["label"].Value, m.Groups["value"].Value.Trim(Blanks), piece)
                : ((string?)null, piece, piece))];

    /// <summary>
    /// A name (an indicator's, at any level) as one line: a narrow label cell shows it on several (满意度↵指标, typed by
    /// an office or set by PerfPublish's own DOCX), and a name has no line breaks. Lines of Chinese join as they are,
    /// lines ending or starting in Latin letters or digits with a space.
    /// </summary>
    public static string OneLine(string text) =>
        text.Split('\n').Select(line => line.Trim(Blanks)).Where(line => line.Length > 0)
            .Aggregate("", (joined, line) => joined.Length == 0 ? line : joined + (IsWide(joined[^1]) || IsWide(line[0]) ? "" : " ") + line);

    private static bool IsWide(char c) => c >= '\u2E80';

    /// <summary>Collapses a text's runs of blanks inside a line to what a reader sees; line breaks stay.</summary>
    public static string Clean(string text) =>
        string.Join("\n", text.Split('\n').Select(line => line.Trim(Blanks)).Where(line => line.Length > 0));
}
