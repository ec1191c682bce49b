using System.Collections.Concurrent;
using PerfPublish.Diagnostics;

namespace PerfPublish.Publishing;

/// <summary>
/// The in-memory counterpart of BuildCache for 'serve': each publication's rendered files by content
/// key, so a save rebuilds only the publications it touched. Keeps only the latest render's entries.
/// </summary>
public sealed class RenderCache
{
    private ConcurrentDictionary<string, (PublicationOutput? Output, IReadOnlyList<Diagnostic> Diagnostics)> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (PublicationOutput? Output, IReadOnlyList<Diagnostic> Diagnostics)> _next = new(StringComparer.Ordinal);

    /// <summary>Caches nothing: every publication is rendered.</summary>
    public static RenderCache None { get; } = new() { Enabled = false };

    private bool Enabled { get; init; } = true;

    public PublicationOutput? GetOrAdd(string key, DiagnosticBag diagnostics, Func<DiagnosticBag, PublicationOutput?> render)
    {
        if (Enabled && _current.TryGetValue(key, out var cached))
        {
            diagnostics.AddRange(cached.Diagnostics);
            _next[key] = cached;
            return cached.Output;
        }

        var output = render(diagnostics);
        if (Enabled) _next[key] = (output, diagnostics.Items);
        return output;
    }

    /// <summary>Ends one render: what it did not use is dropped, so the cache never outgrows the content.</summary>
    public void Rotate()
    {
        _current = _next;
        _next = new(StringComparer.Ordinal);
    }
}
