using PerfPublish.Diagnostics;

namespace PerfPublish.Publishing;

/// <summary>
/// Reuses a publication's previous output, byte for byte, when its content key (ContentKey) is the
/// one the previous build recorded, that build completed every step of it, and every file it wrote is
/// still there with the size and SHA-256 the manifest records (BuiltFile.IsIntact, by its write time where the
/// stamps recorded one): the files are linked into the new site instead of being built again, and the warnings
/// that build gave are repeated. Anything less, and it is built again.
/// </summary>
public static class BuildCache
{
    /// <summary>The publication reused, with the write times that may stand for its files next time (by path); null when it is built again.</summary>
    public static (BuiltPublication Built, IReadOnlyDictionary<string, long> Ticks)? Reuse(BuildManifest previous, BuildStamps stamps, string slug, string key,
        string siteFolder, StagingFolder staging, DiagnosticBag diagnostics)
    {
        var entry = previous.Publications.FirstOrDefault(p => p.Summary.Slug == slug && p.Key == key);
        if (entry is null || !entry.Complete) return null;
        // Checked before anything is linked: a publication built again must not write through a link into the old site.
        var recorded = stamps.FilesOf(slug);
        var ticks = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var file in entry.Files)
        {
            if (!file.IsIntact(Path.Combine(siteFolder, file.Path), recorded.TryGetValue(file.Path, out var t) ? t : null, out var now)) return null;
            if (now is { } settled) ticks[file.Path] = settled;
        }

        foreach (var file in entry.Files) staging.Reuse(Path.Combine(siteFolder, file.Path), file.Path);
        diagnostics.AddRange(entry.Warnings);
        return (entry, ticks);
    }
}
