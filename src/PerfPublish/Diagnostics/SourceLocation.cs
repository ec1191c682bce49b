namespace PerfPublish.Diagnostics;

/// <summary>A place in a source file; lines and columns count from 1, as editors show them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>Where YamlDotNet marked: it counts from 1 too, and an unset mark (0) is taken as the first line or column.</summary>
    public static SourceLocation At(string file, YamlDotNet.Core.Mark mark) =>
        new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    /// <summary>Where Scriban marked: it counts from 0.</summary>
    public static SourceLocation At(string file, Scriban.Parsing.SourceSpan span) => new(file, span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>Where Markdig found a node: it counts from 0.</summary>
    public static SourceLocation At(string file, Markdig.Syntax.MarkdownObject node) => new(file, node.Line + 1, node.Column + 1);

    /// <summary>A place that is no line and column, such as a Word file's "table 3, row 7, cell 2"; printed instead of them.</summary>
    public string? Place { get; init; }

    public override string ToString() => Place is null ? $"{File}({Line},{Column})" : $"{File}({Place})";
}
