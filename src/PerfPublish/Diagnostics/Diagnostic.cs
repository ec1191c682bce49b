namespace PerfPublish.Diagnostics;

/// <summary>One finding, printed in the compiler format that CI systems and editors parse.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
