namespace PerfPublish.Publishing;

/// <summary>
/// What killed builds leave beside a site: the staging folder a build writes the next site into
/// (.site.staging-PID) and the folder the old site is moved to during the swap (.site.previous-PID).
/// Deleted while the output lock is held: every build takes that lock before it makes either, so no
/// running build owns one then, whatever its PID (a PID is reused, in containers first of all).
/// </summary>
public static class StaleFolders
{
    public static void DeleteBeside(string siteFolder, OutputLock held)
    {
        ArgumentNullException.ThrowIfNull(held);
        var site = Path.GetFullPath(siteFolder);
        var parent = Path.GetDirectoryName(site)!;
        var name = Path.GetFileName(site);
        foreach (var kind in StagingFolder.Kinds)
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.{kind}-*"))
            Directory.Delete(folder, recursive: true);
    }
}
