using System.Globalization;
using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0003 (an error): a character that is not text (a control character such as U+0001, a
/// noncharacter such as U+FFFE, half of a surrogate pair) in a YAML text — typed as a YAML escape
/// ("\x01") or pasted — or in a Markdown file. Word files (XML) cannot hold them and HTML counts them
/// as errors; they are invisible, so the editor is told where, and nothing is built.
/// </summary>
public sealed class ControlCharacterRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var (key, text, at) in ContentTexts.Of(publication))
            if (FirstNonText(text) is { } index)
                diagnostics.Error(at, Codes.Encoding, Messages.Format("PP0003_ControlInYaml", key, Describe(text, index)));

        foreach (var markdown in new[] { publication.OverallObjective, publication.Safeguards })
        {
            var lines = markdown.Text.Split('\n');
            for (var line = 0; line < lines.Length; line++)
                if (FirstNonText(lines[line].TrimEnd('\r')) is { } column)
                    diagnostics.Error(new SourceLocation(markdown.File, line + 1, column + 1), Codes.Encoding,
                        Messages.Format("PP0003_ControlInMarkdown", Describe(lines[line], column)));
        }
    }

    /// <summary>The index of the first character XML 1.0 or HTML does not allow in text, or null.</summary>
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
            if (char.IsSurrogate(c) || IsNoncharacter(c)) return i;
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) return i;
        }
        return null;
    }

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …).</summary>
    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static string Describe(string text, int index)
    {
        var code = char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }
}
