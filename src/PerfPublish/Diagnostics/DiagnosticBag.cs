namespace PerfPublish.Diagnostics;

/// <summary>Collects diagnostics from every stage so that one run reports all problems, not the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Items => _items
        .OrderBy(d => d.Location.File, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ToList();

    /// <summary>Adds what another bag collected (a publication built on another thread, or a cached build's warnings).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(SourceLocation at, string code, string message) => _items.Add(new(at, Severity.Error, code, message));

    public void Warning(SourceLocation at, string code, string message) => _items.Add(new(at, Severity.Warning, code, message));

    /// <summary>
    /// An error in the words of its code: the message named after the code in Messages.resx ("PP0201" for
    /// Codes.BudgetSum), <paramref name="values"/> in its {0}, {1}, …. A code with several wordings
    /// ("PP0101_Empty") names its message with <see cref="Error(SourceLocation, string, string)"/>.
    /// </summary>
    public void ErrorOf(SourceLocation at, string code, params object?[] values) => Error(at, code, Messages.Format(code, values));

    /// <summary>A warning in the words of its code, as <see cref="ErrorOf"/>.</summary>
    public void WarningOf(SourceLocation at, string code, params object?[] values) => Warning(at, code, Messages.Format(code, values));
}
