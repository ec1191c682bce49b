namespace PerfPublish.Publishing;

/// <summary>
/// A build's store: a page whose key the previous build recorded is linked into the staging folder from the
/// previous site (BuildCache); a built one is written there with a write time from before the build began, so
/// its stamp stands for its bytes from the next build on (BuildStamps).
/// </summary>
internal sealed class StagedPublications(BuildManifest previous, BuildStamps stamps, string siteFolder, StagingFolder staging) : IPublicationStore
{
    private readonly DateTime _writtenAt = FileStamp.Before(DateTime.UtcNow);

    public bool Reuse(PublicationEntry entry)
    {
        if (BuildCache.Reuse(previous, stamps, entry.Folder.Slug, entry.PageKey, siteFolder, staging, entry.Bag) is not { } reused) return false;
        (entry.Built, entry.FileTicks) = reused;
        return true;
    }

    public void Keep(PublicationEntry entry, PublicationOutput output)
    {
        var ticks = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (path, bytes) in output.Files) ticks[path] = staging.WriteStamped(path, bytes, _writtenAt);
        entry.FileTicks = ticks;
        entry.Built = entry.BuiltFrom(output);
    }
}
