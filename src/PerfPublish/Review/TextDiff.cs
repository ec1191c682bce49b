using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PerfPublish.Review;

/// <summary>
/// What changed in a text, as a reader compares two printed versions. Chinese has no spaces between words,
/// so the text is cut into character runs (see <see cref="Tokens"/>) rather than at whitespace, and a lone
/// character left equal between two changes (a 的 or a comma) is folded into them so the change reads whole.
/// </summary>
public sealed record TextDiff(ImmutableArray<TextPiece> Pieces)
{
    /// <summary>Beyond this many changed characters a change is summarised (counts), not shown piece by piece.</summary>
    public const int LargeChange = 2000;

    public bool HasChanges => Pieces.Any(p => p.Change != Change.Same);

    public int Deleted => Pieces.Where(p => p.Change == Change.Deleted).Sum(p => p.Text.Length);

    public int Inserted => Pieces.Where(p => p.Change == Change.Inserted).Sum(p => p.Text.Length);

    public bool IsLarge => Deleted + Inserted > LargeChange;

    public string Old => string.Concat(Pieces.Where(p => p.Change != Change.Inserted).Select(p => p.Text));

    public string New => string.Concat(Pieces.Where(p => p.Change != Change.Deleted).Select(p => p.Text));

    public static TextDiff Between(string before, string after)
    {
        if (before == after) return new([.. before.Length == 0 ? [] : new[] { new TextPiece(Change.Same, before) }]);
        var old = Tokens(before);
        var @new = Tokens(after);
        var segments = SequenceDiff.Of(old, @new).Select(h => new Segment(
            string.Concat(old.Skip(h.OldStart).Take(h.OldCount)), string.Concat(@new.Skip(h.NewStart).Take(h.NewCount)), h.IsSame)).ToList();
        return new([.. PiecesOf(FoldLoneEquals(segments))]);
    }

    /// <summary>
    /// The text cut for comparing: each CJK character alone; a run of other letters and digits (a number such
    /// as 6.00, a Latin word) whole, with the decimal point or thousands comma inside a number; a run of
    /// whitespace whole; every other character (punctuation, ≥, %) alone. Surrogate pairs stay together.
    /// </summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var run = new StringBuilder();
        var runKind = Kind.None;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var kind = KindOf(element, runKind, run);
            if (kind != runKind || kind is Kind.Alone)
            {
                if (run.Length > 0) tokens.Add(run.ToString());
                run.Clear();
            }
            run.Append(element);
            runKind = kind;
        }
        if (run.Length > 0) tokens.Add(run.ToString());
        return tokens;
    }

    private enum Kind { None, Word, Space, Alone }

    private static Kind KindOf(string element, Kind runKind, StringBuilder run)
    {
        var rune = Rune.GetRuneAt(element, 0);
        if (Rune.IsWhiteSpace(rune)) return Kind.Space;
        if (IsCjk(rune)) return Kind.Alone;
        if (Rune.IsLetterOrDigit(rune)) return Kind.Word;
        // 6.00 and 1,200 are one number: a point or comma between digits continues the run.
        if (element is "." or "," && runKind == Kind.Word && run.Length > 0 && char.IsAsciiDigit(run[^1])) return Kind.Word;
        return Kind.Alone;
    }

    private static bool IsCjk(Rune rune) => rune.Value is
        >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3134F
        or >= 0x3040 and <= 0x30FF or >= 0xAC00 and <= 0xD7AF;

    private sealed record Segment(string Old, string New, bool IsSame);

    /// <summary>An equal stretch of one character between two changes becomes part of one change.</summary>
    private static List<Segment> FoldLoneEquals(List<Segment> segments)
    {
        var folded = new List<Segment>();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var lone = segment.IsSame && StringInfo.GetTextElementEnumerator(segment.Old) is var e && Count(e) <= 1;
            if (lone && folded.Count > 0 && !folded[^1].IsSame && i + 1 < segments.Count)
            {
                var next = segments[++i];
                folded[^1] = new Segment(folded[^1].Old + segment.Old + next.Old, folded[^1].New + segment.New + next.New, false);
            }
            else if (!segment.IsSame && folded.Count > 0 && !folded[^1].IsSame)
                folded[^1] = new Segment(folded[^1].Old + segment.Old, folded[^1].New + segment.New, false);
            else folded.Add(segment);
        }
        return folded;
    }

    private static int Count(TextElementEnumerator elements)
    {
        var count = 0;
        while (elements.MoveNext()) count++;
        return count;
    }

    private static IEnumerable<TextPiece> PiecesOf(IEnumerable<Segment> segments)
    {
        foreach (var segment in segments)
        {
            if (segment.IsSame)
            {
                yield return new TextPiece(Change.Same, segment.Old);
                continue;
            }
            if (segment.Old.Length > 0) yield return new TextPiece(Change.Deleted, segment.Old);
            if (segment.New.Length > 0) yield return new TextPiece(Change.Inserted, segment.New);
        }
    }
}
