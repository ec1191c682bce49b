namespace PerfPublish.Diagnostics;

public enum Severity { Error, Warning }

/// <summary>A place in a source file; lines and columns count from 1, as editors show them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}({Line},{Column})";
}

/// <summary>One finding, printed in the compiler format that CI systems and editors parse.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
