using Mono.Unix.Native;

namespace PerfPublish.Load;

/// <summary>
/// A path's <see cref="FileKind"/>, from the file system's own record of it (lstat or stat), never by
/// opening it: .NET tells a pipe or a device from a file only once it is open, and opening a pipe that no
/// program writes to waits forever.
/// </summary>
public static class FileKinds
{
    /// <summary>The path itself: a link is a <see cref="FileKind.Link"/>, whatever it points at (lstat).</summary>
    public static FileKind Of(string path) =>
        OperatingSystem.IsWindows() ? OfWindowsEntry(path) : OfUnix(path, Syscall.lstat);

    /// <summary>What the path leads to, through any links (stat); a link that leads nowhere is missing.</summary>
    public static FileKind Behind(string path) =>
        OperatingSystem.IsWindows() ? OfWindowsTarget(path) : OfUnix(path, Syscall.stat);

    private delegate int StatCall(string path, out Stat stat);

    private static FileKind OfUnix(string path, StatCall call)
    {
        // Any failure (no such file, a parent folder that cannot be searched) means there is nothing to read.
        if (call(path, out var stat) != 0) return FileKind.Missing;
        return (stat.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => FileKind.Regular,
            FilePermissions.S_IFDIR => FileKind.Directory,
            FilePermissions.S_IFLNK => FileKind.Link,
            _ => FileKind.Special,
        };
    }

    private static FileKind OfWindowsEntry(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path)) return info.LinkTarget is null ? FileKind.Missing : FileKind.Link;
        var attributes = info.Attributes;
        // Symbolic links and junctions are reparse points; GetAttributes does not follow them.
        if (attributes.HasFlag(FileAttributes.ReparsePoint)) return FileKind.Link;
        if (attributes.HasFlag(FileAttributes.Directory)) return FileKind.Directory;
        return attributes.HasFlag(FileAttributes.Device) ? FileKind.Special : FileKind.Regular;
    }

    private static FileKind OfWindowsTarget(string path)
    {
        var kind = OfWindowsEntry(path);
        if (kind != FileKind.Link) return kind;
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
        return target is null || !target.Exists ? FileKind.Missing : OfWindowsEntry(target.FullName);
    }
}
