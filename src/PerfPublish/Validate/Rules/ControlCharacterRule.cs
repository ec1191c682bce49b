using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0003 (an error): a character that is not text (see <see cref="NonText"/>, which says which and why) in a
/// YAML text, typed as a YAML escape ("\x01", "\u202E") or pasted, or in a Markdown file. Control
/// characters cannot be held by Word files (XML) and are errors to HTML; invisible formatting characters
/// (bidi controls, zero-width and other Cf characters) can make a number on a public finance page display
/// differently from what is stored ("‮12.5" shows as "5.21"); a line or paragraph separator is a line
/// break to YAML and to some browsers but not to an editor. They are invisible, so the editor is told
/// where, and nothing is built.
/// </summary>
public sealed class ControlCharacterRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var (key, text, at) in ContentTexts.Of(publication))
            if (NonText.First(text) is { } index)
                diagnostics.Error(PlaceInFile(at, text, index), Codes.Encoding, YamlMessage(key, text, index));

        foreach (var markdown in new[] { publication.OverallObjective, publication.Safeguards })
        {
            var lines = markdown.Text.Split('\n');
            for (var line = 0; line < lines.Length; line++)
                if (NonText.First(lines[line].TrimEnd('\r')) is { } column)
                    diagnostics.Error(new SourceLocation(markdown.File, line + 1, column + 1), Codes.Encoding, MarkdownMessage(lines[line], column));
        }
    }

    private static string YamlMessage(string key, string text, int index) => NonText.At(text, index) switch
    {
        NonTextKind.Format => Messages.Format("PP0003_FormattingInYaml", key, NonText.Describe(text, index)),
        NonTextKind.LineBreak => Messages.Format("PP0003_LineBreak", NonText.Describe(text, index)),
        _ => Messages.Format("PP0003_ControlInYaml", key, NonText.Describe(text, index)),
    };

    private static string MarkdownMessage(string line, int column) => NonText.At(line, column) switch
    {
        NonTextKind.Format => Messages.Format("PP0003_FormattingInMarkdown", NonText.Describe(line, column)),
        NonTextKind.LineBreak => Messages.Format("PP0003_LineBreak", NonText.Describe(line, column)),
        _ => Messages.Format("PP0003_ControlInMarkdown", NonText.Describe(line, column)),
    };

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
}
