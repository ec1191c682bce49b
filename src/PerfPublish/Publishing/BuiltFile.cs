using System.Security.Cryptography;

namespace PerfPublish.Publishing;

/// <summary>
/// One file a build wrote, as the manifest records it: its path relative to the site, its size and its
/// SHA-256, and once a later build has checked it by its hash, its last write time (FileStamp). A later
/// build or 'perfpublish site' uses the file only when it still has that size and hash: an output emptied,
/// cut short or edited by hand since is never passed on as built.
/// </summary>
public sealed record BuiltFile(string Path, long Size, string Sha256, long? WrittenTicks = null)
{
    public static BuiltFile Of(string path, byte[] bytes) => new(path, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)));

    /// <summary>
    /// This record of <paramref name="file"/> (this file in some site folder) when it is still what was written,
    /// else null. A file with the size and write time recorded is taken as it is; any other is hashed, and
    /// the write time of one that is intact is recorded for the next build (FileStamp says when it may be).
    /// </summary>
    public BuiltFile? Verified(string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists || info.Length != Size) return null;
        if (WrittenTicks is { } ticks && info.LastWriteTimeUtc.Ticks == ticks) return this;
        using (var stream = info.OpenRead())
            if (Convert.ToHexStringLower(SHA256.HashData(stream)) != Sha256) return null;
        return this with { WrittenTicks = FileStamp.TrustedTicks(info) };
    }

    /// <summary>Inside the folder of publication <paramref name="slug"/>: "slug/name", no empty, "." or ".." part, no backslash.</summary>
    public bool IsIn(string slug) =>
        Path.StartsWith(slug + "/", StringComparison.Ordinal) && !Path.Contains('\\', StringComparison.Ordinal)
        && Path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
}
