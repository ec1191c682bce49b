namespace PerfPublish.Diagnostics;

/// <summary>A place in a source file; lines and columns count from 1, as editors show them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>A place that is no line and column, such as a Word file's "table 3, row 7, cell 2"; printed instead of them.</summary>
    public string? Place { get; init; }

    public override string ToString() => Place is null ? $"{File}({Line},{Column})" : $"{File}({Place})";
}
