using System.Diagnostics;
using System.Threading.Channels;
using PerfPublish.Publishing;

namespace PerfPublish.Serve;

/// <summary>
/// Builds the site in memory, then again whenever a file under content/ or templates/ changes. Editors
/// save in bursts (a temporary file, a rename, a write), so changes are gathered for a short quiet spell
/// and built once. Readers always see a complete build: the current one is swapped in whole.
/// </summary>
public sealed class Rebuilder : IDisposable
{
    private static readonly TimeSpan QuietSpell = TimeSpan.FromMilliseconds(250);

    private readonly BuildOptions _options;

    // A save rebuilds only the publications whose content key it changed; the rest come from here.
    private readonly RenderCache _cache = new();
    private readonly Action<PreviewSite> _built;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FolderWatch> _watchers = [];
    private PreviewSite _current;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Rebuilder(BuildOptions options, Action<PreviewSite> built)
    {
        _options = options;
        _built = built;
        _current = Build(1);
        built(_current);
        foreach (var folder in new[] { options.ContentFolder, options.TemplatesFolder })
            _watchers.Add(new FolderWatch(folder, path => _changes.Writer.TryWrite(path)));
    }

    public PreviewSite Current => Volatile.Read(ref _current);

    /// <summary>Completes when a build newer than <paramref name="version"/> is current (at once if it already is).</summary>
    public async Task<PreviewSite> NewerThan(int version, CancellationToken cancellation)
    {
        while (true)
        {
            var next = Volatile.Read(ref _next).Task;
            var current = Current;
            if (current.Version > version) return current;
            await next.WaitAsync(cancellation);
        }
    }

    /// <summary>Runs until cancelled: waits for a change, lets the burst settle, rebuilds.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        try
        {
            while (true)
            {
                await _changes.Reader.ReadAsync(cancellation);
                do await Task.Delay(QuietSpell, cancellation);
                while (Drain() > 0);
                Publish(Build(Current.Version + 1));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping the preview: nothing to finish.
        }
    }

    private void Publish(PreviewSite site)
    {
        Volatile.Write(ref _current, site);
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        _built(site);
    }

    private int Drain()
    {
        var count = 0;
        while (_changes.Reader.TryRead(out _)) count++;
        return count;
    }

    private PreviewSite Build(int version)
    {
        var clock = Stopwatch.StartNew();
        var result = Pipeline.Render(_options, cache: _cache);
        return new PreviewSite(version, result.Files, result.Diagnostics, clock.Elapsed);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
