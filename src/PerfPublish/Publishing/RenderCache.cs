using System.Collections.Concurrent;
using PerfPublish.Diagnostics;

namespace PerfPublish.Publishing;

/// <summary>
/// The in-memory counterpart of BuildCache for 'serve': each publication's rendered files and warnings by
/// page key, so a save rebuilds only the publications it touched. Keeps only the latest render's entries.
/// </summary>
public sealed class RenderCache
{
    private ConcurrentDictionary<string, Rendered> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Rendered> _next = new(StringComparer.Ordinal);

    internal sealed record Rendered(PublicationOutput Output, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Caches nothing: every publication is rendered.</summary>
    public static RenderCache None { get; } = new() { Enabled = false };

    private bool Enabled { get; init; } = true;

    internal Rendered? Find(string key)
    {
        if (!Enabled || !_current.TryGetValue(key, out var rendered)) return null;
        _next[key] = rendered;
        return rendered;
    }

    internal void Add(string key, PublicationOutput output, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (Enabled) _next[key] = new Rendered(output, diagnostics);
    }

    /// <summary>Ends one render: what it did not use is dropped, so the cache never outgrows the content.</summary>
    public void Rotate()
    {
        _current = _next;
        _next = new(StringComparer.Ordinal);
    }
}
