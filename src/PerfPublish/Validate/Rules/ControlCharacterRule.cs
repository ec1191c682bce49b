using System.Globalization;
using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0003 (an error): a character that is not text (a control character such as U+0001, a
/// noncharacter such as U+FFFE, half of a surrogate pair) in a YAML text — typed as a YAML escape
/// ("\x01") or pasted — or in a Markdown file. Word files (XML) cannot hold them and HTML counts them
/// as errors; they are invisible, so the editor is told where, and nothing is built.
/// Also an invisible formatting character (a bidirectional override or isolate, a zero-width space or
/// joiner, a byte-order mark inside the text): documents can hold them, but on a public finance page
/// they can make a number display differently from what is stored ("‮12.5" shows as "5.21").
/// </summary>
public sealed class ControlCharacterRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var (key, text, at) in ContentTexts.Of(publication))
            if (FirstNonText(text) is { } index)
                diagnostics.Error(PlaceInFile(at, text, index), Codes.Encoding, YamlMessage(key, text, index));

        foreach (var markdown in publication.Prose)
        {
            var lines = markdown.Text.Split('\n');
            for (var line = 0; line < lines.Length; line++)
                if (FirstNonText(lines[line].TrimEnd('\r')) is { } column)
                    diagnostics.Error(new SourceLocation(markdown.File, line + 1, column + 1), Codes.Encoding, MarkdownMessage(lines[line], column));
        }
    }

    private static string YamlMessage(string key, string text, int index) =>
        Messages.Format(IsFormatting(text[index]) ? "PP0003_FormattingInYaml" : "PP0003_ControlInYaml", key, Describe(text, index));

    private static string MarkdownMessage(string line, int column) =>
        Messages.Format(IsFormatting(line[column]) ? "PP0003_FormattingInMarkdown" : "PP0003_ControlInMarkdown", Describe(line, column));

    /// <summary>The index of the first character XML 1.0 or HTML does not allow in text, or that changes how text displays unseen; or null.</summary>
    public static int? FirstNonText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) return i;
                i++;
                continue;
            }
            if (char.IsSurrogate(c) || IsNoncharacter(c) || IsFormatting(c)) return i;
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) return i;
        }
        return null;
    }

    /// <summary>
    /// Bidirectional embeddings and overrides (U+202A–202E), isolates (U+2066–2069), zero-width space,
    /// joiners and direction marks (U+200B–200F), and U+FEFF, which inside text is a zero-width no-break
    /// space (the loader already drops it where it is a file's byte-order mark).
    /// </summary>
    private static bool IsFormatting(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or >= '\u200B' and <= '\u200F' or '\uFEFF';

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …).</summary>
    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>
    /// Where a pasted character stands in the YAML file: the first place at or after the value's start
    /// where the file holds it literally. A character typed as an escape ("\u202E") is not in the file
    /// as itself; then the value's start is the place.
    /// </summary>
    private static SourceLocation PlaceInFile(SourceLocation value, string text, int index)
    {
        if (!File.Exists(value.File)) return value;
        var lines = File.ReadAllLines(value.File);
        var character = text.Substring(index, char.IsSurrogatePair(text, index) ? 2 : 1);
        for (var line = value.Line - 1; line < lines.Length; line++)
        {
            var from = line == value.Line - 1 ? Math.Min(value.Column - 1, lines[line].Length) : 0;
            var column = lines[line].IndexOf(character, from, StringComparison.Ordinal);
            if (column >= 0) return value with { Line = line + 1, Column = column + 1 };
        }
        return value;
    }

    private static string Describe(string text, int index)
    {
        var code = char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }
}
