using System.Security.Cryptography;

namespace PerfPublish.Publishing;

/// <summary>
/// One file a build wrote, as the manifest records it: its path relative to the site, its size and its
/// SHA-256. A later build or 'perfpublish site' uses the file only when it still has that size and hash:
/// an output emptied, cut short or edited by hand since is never passed on as built.
/// </summary>
public sealed record BuiltFile(string Path, long Size, string Sha256)
{
    public static BuiltFile Of(string path, byte[] bytes) => new(path, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)));

    /// <summary>
    /// Whether <paramref name="file"/> (this file in some site folder) is still what was written. One with the
    /// size and the write time recorded (<paramref name="recordedTicks"/>, BuildStamps) is taken as it is; any
    /// other is hashed. The write time that may stand for it from now on (FileStamp) is in <paramref name="ticks"/>.
    /// </summary>
    public bool IsIntact(string file, long? recordedTicks, out long? ticks)
    {
        ticks = null;
        var info = new FileInfo(file);
        if (!info.Exists || info.Length != Size) return false;
        ticks = FileStamp.TrustedTicks(info);
        if (recordedTicks is { } recorded && info.LastWriteTimeUtc.Ticks == recorded) return true;
        using var stream = info.OpenRead();
        return Convert.ToHexStringLower(SHA256.HashData(stream)) == Sha256;
    }

    /// <summary>Inside the folder of publication <paramref name="slug"/>: "slug/name", no empty, "." or ".." part, no backslash.</summary>
    public bool IsIn(string slug) =>
        Path.StartsWith(slug + "/", StringComparison.Ordinal) && !Path.Contains('\\', StringComparison.Ordinal)
        && Path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
}
