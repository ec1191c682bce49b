using System.Text;
using PerfPublish.Model;

namespace PerfPublish.Parse;

/// <summary>
/// HTML-style white-space folding, aware of Chinese: a line break between two CJK characters is
/// dropped (a browser would show a stray space there), any other run of white space becomes one space.
/// </summary>
public static class InlineText
{
    public static IEnumerable<Inline> Normalize(IEnumerable<Inline> inlines)
    {
        var list = inlines as IReadOnlyList<Inline> ?? inlines.ToList();
        var result = new List<Inline>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not Text text)
            {
                result.Add(list[i]);
                continue;
            }

            var folded = Fold(text.Value);
            if (i == 0 || list[i - 1] is LineBreak) folded = folded.TrimStart();
            if (i == list.Count - 1 || list[i + 1] is LineBreak) folded = folded.TrimEnd();
            if (folded.Length > 0) result.Add(new Text(folded));
        }
        return result;
    }

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> holds for: most cells have none, and are kept as they are.</summary>
    private static readonly System.Buffers.SearchValues<char> WhiteSpace =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    private static string Fold(string value)
    {
        if (!value.AsSpan().ContainsAny(WhiteSpace)) return value;
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsWhiteSpace(value[i]))
            {
                builder.Append(value[i]);
                continue;
            }

            var end = i;
            while (end < value.Length && char.IsWhiteSpace(value[end])) end++;
            var hasNewline = value.AsSpan(i, end - i).IndexOfAny('\n', '\r') >= 0;
            var betweenCjk = i > 0 && end < value.Length && IsCjk(value[i - 1]) && IsCjk(value[end]);
            if (!(hasNewline && betweenCjk)) builder.Append(' ');
            i = end - 1;
        }
        return builder.ToString();
    }

    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
