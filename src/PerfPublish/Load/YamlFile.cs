using PerfPublish.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PerfPublish.Load;

/// <summary>Parses one YAML content file into its root mapping, turning parser failures into diagnostics.</summary>
public static class YamlFile
{
    /// <summary>
    /// Content files nest six levels at most (project → indicators → groups → items → row); anything far
    /// deeper is a mistake, and YamlDotNet's tree loader recurses once per level, so it is stopped here
    /// before it can overflow the stack.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>The root mapping of a file of the publication in <paramref name="publicationFolder"/> (see <see cref="ContentPath"/>); null after reporting.</summary>
    public static MappingReader? ReadMapping(string publicationFolder, string path, SourceLocation referencedFrom, DiagnosticBag diagnostics) =>
        ContentPath.Allows(publicationFolder, path, referencedFrom, diagnostics) ? ReadMapping(path, referencedFrom, diagnostics) : null;

    /// <summary>The root mapping of a YAML file that is not content (a form profile's form.yaml); null after reporting.</summary>
    public static MappingReader? ReadMapping(string path, SourceLocation referencedFrom, DiagnosticBag diagnostics)
    {
        var text = SourceFile.ReadText(path, referencedFrom, diagnostics);
        if (text is null) return null;

        var display = SourceFile.DisplayPath(path);
        var root = Parse(text, display, diagnostics);
        return root is null ? null : MappingReader.From(root, display, Messages.Format("What_File"), diagnostics);
    }

    private static YamlNode? Parse(string text, string display, DiagnosticBag diagnostics)
    {
        try
        {
            if (HiddenLineBreak(text, display) is var (at, character))
            {
                diagnostics.Error(at, Codes.Encoding, Messages.Format("PP0003_LineBreak", character));
                return null;
            }
            var events = new List<ParsingEvent>();
            if (!PreScan(text, display, diagnostics, events)) return null;
            var stream = Load(events, display, diagnostics);
            if (stream is null) return null;
            return stream.Documents.Count switch
            {
                1 => stream.Documents[0].RootNode,
                0 => Empty(display, diagnostics),
                _ => Several(stream, display, diagnostics),
            };
        }
        catch (YamlException e)
        {
            const string duplicate = "Duplicate key ";
            var message = YamlErrors.ParserMessage(e);
            var at = SourceLocation.At(display, e.Start);
            // For a tab the parser marks the enclosing mapping; point at the tab itself, which is what to fix.
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase)) at = FirstIndentingTab(text, at);
            if (message.StartsWith(duplicate, StringComparison.OrdinalIgnoreCase))
                diagnostics.ErrorOf(at, Codes.DuplicateKey, message[duplicate.Length..]);
            else
                diagnostics.Error(at, Codes.YamlSyntax, YamlErrors.Explain(e));
            return null;
        }
    }

    /// <summary>
    /// The tree loader, with the exceptions other than YamlException that YamlDotNet throws on malformed
    /// input turned into a syntax error. The pre-scan catches the known cases with a better place and wording.
    /// </summary>
    private static YamlStream? Load(IReadOnlyList<ParsingEvent> events, string display, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new Replay(events));
            return stream;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            diagnostics.Error(SourceLocation.StartOf(display), Codes.YamlSyntax,
                Messages.Format("PP0001_NotWellFormed"));
            return null;
        }
    }

    /// <summary>
    /// Where the text holds a character YAML counts as a line break and editors do not (U+0085, U+2028,
    /// U+2029): the parser's lines would no longer be the editor's, and its error ("unclosed quote") would
    /// point somewhere else and name something else. The place and the character ("U+2028"); null when there is none.
    /// </summary>
    private static (SourceLocation At, string Character)? HiddenLineBreak(string text, string display)
    {
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') (line, lineStart) = (line + 1, i + 1);
            else if (NonText.At(text, i) == NonTextKind.LineBreak) return (new SourceLocation(display, line, i - lineStart + 1), NonText.Describe(text, i));
        }
        return null;
    }

    private static SourceLocation FirstIndentingTab(string text, SourceLocation start)
    {
        var lines = text.Split('\n');
        for (var i = start.Line - 1; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return start with { Line = i + 1, Column = tab + 1 };
        }
        return start;
    }

    private static YamlNode? Empty(string display, DiagnosticBag diagnostics)
    {
        diagnostics.ErrorOf(SourceLocation.StartOf(display), Codes.EmptyFile);
        return null;
    }

    private static YamlNode? Several(YamlStream stream, string display, DiagnosticBag diagnostics)
    {
        var second = stream.Documents[1].RootNode.Start;
        diagnostics.Error(SourceLocation.At(display, second), Codes.YamlSyntax,
            Messages.Format("PP0001_SecondDocument"));
        return null;
    }

    /// <summary>
    /// Walks the parser's events (no recursion) before the tree is built, and reports what would make
    /// YamlDotNet's tree loader, or what reads its tree, fail badly: nesting deeper than <see cref="MaxDepth"/>
    /// (it recurses once per level), a mapping left with a key but no value, which its parser lets through for
    /// input such as "- : text" and its loader then rejects with an ArgumentException (found by the fuzz
    /// test), and aliases that expand past <see cref="AliasBudget"/>'s bounds.
    /// </summary>
    /// <param name="events">Receives the events read, which the tree loader then builds from (the text is parsed once).</param>
    private static bool PreScan(string text, string display, DiagnosticBag diagnostics, List<ParsingEvent> events)
    {
        var parser = new Parser(new StringReader(text));
        var aliases = new AliasBudget();
        var open = new Stack<(bool IsMapping, int Children, Mark Start)>();
        var last = Mark.Empty;
        while (NextEvent(parser, ref last, display, diagnostics) is var more && more != false)
        {
            if (more is null) return false;
            var current = parser.Current!;
            events.Add(current);
            if (aliases.Add(current) is { } overrun)
            {
                diagnostics.Error(SourceLocation.At(display, overrun.At), Codes.AliasExpansion, Messages.Format(overrun.MessageKey, overrun.Values));
                return false;
            }
            // A key or a value may be an alias (*name) as well as a node.
            if (current is NodeEvent or AnchorAlias && open.Count > 0)
            {
                var parent = open.Pop();
                open.Push(parent with { Children = parent.Children + 1 });
            }

            switch (current)
            {
                case MappingStart or SequenceStart when open.Count >= MaxDepth:
                    diagnostics.ErrorOf(SourceLocation.At(display, current.Start), Codes.NestingTooDeep, MaxDepth);
                    return false;
                case MappingStart or SequenceStart:
                    open.Push((current is MappingStart, 0, current.Start));
                    break;
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    if (!closed.IsMapping || closed.Children % 2 == 0) break;
                    diagnostics.Error(SourceLocation.At(display, closed.Start), Codes.YamlSyntax,
                        Messages.Format("PP0001_KeyWithoutValue"));
                    return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The parser's next event: true when there is one, false at the end, null after reporting a failure.
    /// YamlDotNet's scanner throws InvalidOperationException and the like on some malformed input (the
    /// fuzz test found them); to an editor that is a syntax error like any other, reported where parsing stopped.
    /// </summary>
    private static bool? NextEvent(Parser parser, ref Mark last, string display, DiagnosticBag diagnostics)
    {
        try
        {
            var more = parser.MoveNext();
            if (parser.Current is not null) last = parser.Current.End;
            return more;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            diagnostics.Error(SourceLocation.At(display, last), Codes.YamlSyntax,
                Messages.Format("PP0001_AfterHere"));
            return null;
        }
    }

    /// <summary>The pre-scan's events, played back to the tree loader.</summary>
    private sealed class Replay(IReadOnlyList<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
