namespace PerfPublish.Publishing;

/// <summary>
/// When a file's size and last write time may stand for its bytes, so that an unchanged file is not read
/// and hashed again (as make and git do). A file written in the last <see cref="Settle"/> is never taken
/// on its stamp: it may be written again within the same tick of the file system's clock (FAT counts in
/// two-second steps) and keep its size, so its stamp would not show the change. The hash decides for it,
/// and for every file whose stamp differs from the one recorded. A file the build writes itself is given a
/// write time from before the build began (<see cref="Before"/>), so any later write shows in its stamp at once.
/// </summary>
public static class FileStamp
{
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    /// <summary>The write time a build gives its outputs: settled already, and earlier than any later write.</summary>
    public static DateTime Before(DateTime buildStart) => buildStart - Settle - TimeSpan.FromSeconds(1);

    /// <summary>The file's write time in ticks when it is old enough to stand for its bytes, else null.</summary>
    public static long? TrustedTicks(FileSystemInfo info)
    {
        var written = info.LastWriteTimeUtc;
        return written < DateTime.UtcNow - Settle ? written.Ticks : null;
    }
}
