using PerfPublish.Diagnostics;

namespace PerfPublish.Import;

/// <summary>
/// What one import found, in the order it found it (the source's order, not sorted by line: a Word file
/// has no lines). Every diagnostic names the file as the user gave it and, where there is one, the
/// place: "paragraph 12" or "table 3, row 7, cell 2".
/// </summary>
public sealed class ImportReport(string file)
{
    private readonly List<Diagnostic> _items = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>What the user should know about how the file was read, not about the file (how LibreOffice ran).</summary>
    public List<string> Notices { get; } = [];
    /// <summary>Where each piece of the file's text went.</summary>
    public ImportLedger Ledger { get; } = new();

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Error(string code, string key, params object?[] values) => Add(null, Severity.Error, code, key, values);

    public void Warning(string code, string key, params object?[] values) => Add(null, Severity.Warning, code, key, values);

    public void WarningAt(string place, string code, string key, params object?[] values) => Add(place, Severity.Warning, code, key, values);

    /// <summary>A place in the Word file as a location: what diagnostics print and what an imported value keeps as its origin.</summary>
    public SourceLocation At(string? place) => SourceLocation.StartOf(File) with { Place = place };

    private void Add(string? place, Severity severity, string code, string key, object?[] values) =>
        _items.Add(new Diagnostic(At(place), severity, code, Messages.Format(key, values)));
}
