namespace PerfPublish.Diagnostics;

public enum Severity { Error, Warning }

/// <summary>A place in a source file; lines and columns count from 1, as editors show them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>A place that is no line and column, such as a Word file's "table 3, row 7, cell 2"; printed instead of them.</summary>
    public string? Place { get; init; }

    public override string ToString() => Place is null ? $"{File}({Line},{Column})" : $"{File}({Place})";
}

/// <summary>One finding, printed in the compiler format that CI systems and editors parse.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
