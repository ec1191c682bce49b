using System.Buffers;
using System.Globalization;
using System.Text;

namespace PerfPublish.Load;

/// <summary>
/// The one rule for characters that are not text, by Unicode category rather than a list, used by every
/// place that checks for them: the YAML texts and Markdown files (PP0003), the YAML pre-scan (line
/// separators), and the JSON Schemas' text patterns (what an editor's YAML extension flags as it is typed).
/// <para>
/// Refused: every Cf (format) character. That takes in all the bidirectional controls: the explicit
/// embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks (U+200E, U+200F, U+061C)
/// are all Cf, so no list of them is kept. It also takes in the zero-width space and joiners
/// (U+200B–200D), the invisible operators (U+2060–2064), the deprecated format characters
/// (U+206A–206F), the soft hyphen (U+00AD), U+FEFF inside text (a file's leading byte-order mark is dropped
/// by the loader before), and the tag characters (U+E0001, U+E0020–E007F). A Chinese budget text needs none
/// of them; emoji sequences that join with U+200D are not what a finance page shows. Also refused: Cc
/// controls but tab, line feed and carriage return; the line and paragraph separators (Zl, Zp) and NEL;
/// noncharacters (U+FDD0–FDEF, U+xFFFE/xFFFF); unpaired surrogates.
/// </para>
/// <para>
/// Allowed: private-use characters (Co), which Chinese offices use for rare characters of names that their
/// fonts add (造字); refusing them would refuse a person's or a place's name. And unassigned code points
/// (Cn), since a character newer than the runtime's Unicode tables (a new CJK extension) is a real
/// character, and whether a file builds must not depend on the .NET version.
/// </para>
/// </summary>
public static class NonText
{
    public static NonTextKind Of(Rune rune)
    {
        var value = rune.Value;
        if (value is '\t' or '\n' or '\r') return NonTextKind.None;
        if (value is 0x85 or 0x2028 or 0x2029) return NonTextKind.LineBreak;
        if (IsNoncharacter(value)) return NonTextKind.Control;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => NonTextKind.Control,
            UnicodeCategory.Format => NonTextKind.Format,
            _ => NonTextKind.None,
        };
    }

    /// <summary>The index of the first character of <paramref name="text"/> that is not text, or null.</summary>
    public static int? First(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            // An unpaired surrogate is no character at all.
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != OperationStatus.Done) return i;
            if (Of(rune) != NonTextKind.None) return i;
            i += length;
        }
        return null;
    }

    /// <summary>The kind of the character at <paramref name="index"/> (an unpaired surrogate is a control character).</summary>
    public static NonTextKind At(string text, int index) =>
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _) == OperationStatus.Done ? Of(rune) : NonTextKind.Control;

    /// <summary>"U+061C": the character at <paramref name="index"/> as the messages name it.</summary>
    public static string Describe(string text, int index)
    {
        var code = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _) == OperationStatus.Done ? rune.Value : text[index];
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A regular expression for one character that is not text, for the JSON Schemas' patterns, which
    /// editors' YAML extensions run in JavaScript: UTF-16 escapes only, so a character beyond the BMP is its
    /// surrogate pair (\uD834[\uDD73-\uDD7A]), which also reads right in .NET. Unpaired surrogates cannot be
    /// written in a pattern that both accept; the loader's check catches them.
    /// </summary>
    public static string Pattern { get; } = BuildPattern();

    private static string BuildPattern()
    {
        var refused = Enumerable.Range(0, 0x110000)
            .Where(Rune.IsValid)
            .Where(value => Of(new Rune(value)) != NonTextKind.None)
            .ToList();
        var bmp = Ranges(refused.Where(v => v <= 0xFFFF));
        var beyond = refused.Where(v => v > 0xFFFF)
            .GroupBy(v => new Rune(v).ToString()[0])
            .Select(high => $"{Escape(high.Key)}[{Ranges(high.Select(v => (int)new Rune(v).ToString()[1]))}]");
        return $"(?:[{bmp}]|{string.Join('|', beyond)})";
    }

    /// <summary>Sorted code units as a character class's body: "\u0000-\u0008\u000B".</summary>
    private static string Ranges(IEnumerable<int> values)
    {
        var text = new StringBuilder();
        foreach (var run in values.Select((v, i) => (v, i)).GroupBy(p => p.v - p.i, p => p.v))
        {
            var (first, last) = (run.First(), run.Last());
            text.Append(Escape(first));
            if (last > first) text.Append(last == first + 1 ? "" : "-").Append(Escape(last));
        }
        return text.ToString();
    }

    private static string Escape(int codeUnit) => "\\u" + codeUnit.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …).</summary>
    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
