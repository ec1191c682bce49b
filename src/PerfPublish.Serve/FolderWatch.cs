namespace PerfPublish.Serve;

/// <summary>
/// Watches a folder and everything under it, and goes on watching when the folder is deleted and made
/// again ('rm -rf content && git restore content', a checkout that replaces it, a sync tool): a watcher on
/// the parent sees the folder go and come back, and a new watcher takes over for the new folder (a
/// watcher stays bound to the folder it was made for, which is gone for good). A folder that does not
/// exist yet is picked up the same way once it is made. Every change, and every coming and going of the
/// folder itself, is passed to <c>changed</c>.
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private const NotifyFilters Everything = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;

    private readonly string _folder;
    private readonly Action<string> _changed;
    private readonly FileSystemWatcher? _parent;
    private readonly Lock _gate = new();
    private FileSystemWatcher? _inside;
    private bool _disposed;

    public FolderWatch(string folder, Action<string> changed)
    {
        _folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        _changed = changed;
        _parent = WatchParent();
        _inside = WatchInside();
    }

    /// <summary>The folder's own name in its parent: created, deleted or renamed, the watcher inside is made anew.</summary>
    private FileSystemWatcher? WatchParent()
    {
        var parent = Path.GetDirectoryName(_folder);
        if (parent is null || !Directory.Exists(parent)) return null;
        var watcher = new FileSystemWatcher(parent, Path.GetFileName(_folder))
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName,
        };
        watcher.Created += (_, _) => Rearm();
        watcher.Deleted += (_, _) => Rearm();
        watcher.Renamed += (_, _) => Rearm();
        watcher.Error += (_, _) => Rearm();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private FileSystemWatcher? WatchInside()
    {
        try
        {
            return Directory.Exists(_folder) ? Inside() : null;
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            // Gone again between the look and the watch: the parent's watcher reports its return.
            return null;
        }
    }

    private FileSystemWatcher Inside()
    {
        var watcher = new FileSystemWatcher(_folder) { IncludeSubdirectories = true, NotifyFilter = Everything };
        FileSystemEventHandler changed = (_, e) => _changed(e.FullPath);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => _changed(e.FullPath);
        // Too many changes at once overflow the watcher's buffer, and a folder that goes away ends it:
        // start again, and rebuild rather than miss a change.
        watcher.Error += (_, _) => Rearm();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Rearm()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _inside?.Dispose();
            _inside = WatchInside();
        }
        _changed(_folder);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _inside?.Dispose();
        }
        _parent?.Dispose();
    }
}
