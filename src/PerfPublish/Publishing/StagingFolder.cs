using System.Runtime.InteropServices;
using PerfPublish.Write;

namespace PerfPublish.Publishing;

/// <summary>
/// A folder's next contents, written beside it as the build goes (so the site is never held in
/// memory), then swapped in at once by <see cref="Commit"/>. Disposed without a commit, the staged
/// files are deleted and the folder stays as it was: a failed build never leaves half an output.
/// </summary>
public sealed class StagingFolder : ISiteOutput, IDisposable
{
    /// <summary>The folders beside the site a build makes, ".site.staging-PID" and ".site.previous-PID" (see StaleFolders).</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["staging", "previous"];

    private readonly string _folder;
    private readonly string _staging;
    private readonly List<string> _written = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    private readonly bool _createdParent;
    private bool _committed;

    public StagingFolder(string folder)
    {
        _folder = Path.GetFullPath(folder);
        var parent = Path.GetDirectoryName(_folder)!;
        _createdParent = !Directory.Exists(parent);
        Directory.CreateDirectory(parent);
        _staging = Beside(Kinds[0]);
        DeleteIfPresent(_staging);
        Directory.CreateDirectory(_staging);
    }

    private string Beside(string kind) =>
        Path.Combine(Path.GetDirectoryName(_folder)!, $".{Path.GetFileName(_folder)}.{kind}-{Environment.ProcessId}");

    /// <summary>The relative paths written so far, in order.</summary>
    public IReadOnlyList<string> Written
    {
        get { lock (_written) return [.. _written.Order(StringComparer.Ordinal)]; }
    }

    /// <summary>Writes one file; safe to call from several threads for different paths.</summary>
    public void Write(string relative, byte[] bytes)
    {
        File.WriteAllBytes(Prepare(relative), bytes);
    }

    /// <summary>
    /// Writes one file and sets its write time to <paramref name="writtenAt"/>, a time before the build began:
    /// any later change to the file gives it a later time, so the stamp returned (the time as the file system
    /// keeps it) may stand for its bytes from the next build on (BuiltFile.Verified).
    /// </summary>
    public long WriteStamped(string relative, byte[] bytes, DateTime writtenAt)
    {
        var path = Prepare(relative);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, writtenAt);
        return File.GetLastWriteTimeUtc(path).Ticks;
    }

    /// <summary>Creates one file to be written as a stream (a large one, written piece by piece).</summary>
    public Stream Create(string relative) => File.Create(Prepare(relative));

    /// <summary>Reads a file staged before.</summary>
    public Stream Open(string relative) => File.OpenRead(PathOf(relative));

    /// <summary>
    /// Puts a file of the previous output, which this swap deletes, at <paramref name="relative"/>: a hard link
    /// where the file system has them (the old name is gone once the new site is in, so nothing shares it); a copy elsewhere.
    /// </summary>
    public void Reuse(string existing, string relative)
    {
        var path = Prepare(relative);
        if (!HardLink(existing, path)) File.Copy(existing, path, overwrite: true);
    }

    /// <summary>Copies a file that stays where it is (another output's, which a hand edit of this site must not change).</summary>
    public void Copy(string existing, string relative) => File.Copy(existing, Prepare(relative), overwrite: true);

    private static bool HardLink(string existing, string created)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return link(existing, created) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The staged file at <paramref name="relative"/> (read by later steps such as the PDF pass).</summary>
    public string PathOf(string relative) => Path.Combine(_staging, relative);

    /// <summary>Swaps the staged folder in for the old one; returns the written files' paths as the caller named the folder.</summary>
    public IReadOnlyList<string> Commit(string displayFolder)
    {
        var previous = Beside(Kinds[1]);
        if (Directory.Exists(_folder)) Directory.Move(_folder, previous);
        Directory.Move(_staging, _folder);
        _committed = true;
        DeleteIfPresent(previous);
        return [.. Written.Select(relative => Path.Combine(displayFolder, relative))];
    }

    /// <summary>
    /// As <see cref="Commit"/>, for a folder that is filled rather than swapped: where it exists (empty, and maybe
    /// the one the editor's shell is in, as with 'init .') the staged entries move into it one by one; where it
    /// does not, the staged folder becomes it.
    /// </summary>
    public void CommitInto()
    {
        if (!Directory.Exists(_folder))
        {
            Commit(_folder);
            return;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(_staging))
        {
            var target = Path.Combine(_folder, Path.GetFileName(entry));
            if (Directory.Exists(entry)) Directory.Move(entry, target);
            else File.Move(entry, target);
        }
        Directory.Delete(_staging);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        DeleteIfPresent(_staging);
        // A first build that fails leaves no output folder behind either.
        var parent = Path.GetDirectoryName(_folder)!;
        if (_createdParent && !Directory.EnumerateFileSystemEntries(parent).Any()) Directory.Delete(parent);
    }

    private string Prepare(string relative)
    {
        var path = Path.Combine(_staging, relative);
        var folder = Path.GetDirectoryName(path)!;
        // Each folder is made once: asking again for every file is a mkdir call each time, and two threads asking
        // in one parent wait on each other's lock on it (a sixth of a 200-unit build after one edit).
        _ = _folders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;
        lock (_written) _written.Add(relative);
        return path;
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string existing, string created);
}
