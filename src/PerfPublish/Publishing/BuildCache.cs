using PerfPublish.Diagnostics;

namespace PerfPublish.Publishing;

/// <summary>
/// Reuses a publication's previous output, byte for byte, when its content key (ContentKey) is the
/// one the previous build recorded, that build completed every step of it, and every file it wrote is
/// still there with the size and SHA-256 the manifest records (BuiltFile.Verified): the files are linked
/// into the new site instead of being built again, and the warnings that build gave are repeated. Anything
/// less, and it is built again.
/// </summary>
public static class BuildCache
{
    public static BuiltPublication? Reuse(BuildManifest previous, string slug, string key, string siteFolder, StagingFolder staging, DiagnosticBag diagnostics)
    {
        var entry = previous.Publications.FirstOrDefault(p => p.Summary.Slug == slug && p.Key == key);
        if (entry is null || !entry.Complete) return null;
        // Checked before anything is linked: a publication built again must not write through a link into the old site.
        var files = entry.Files.Select(f => f.Verified(Path.Combine(siteFolder, f.Path))).ToList();
        if (files.Any(f => f is null)) return null;
        foreach (var file in entry.Files) staging.Reuse(Path.Combine(siteFolder, file.Path), file.Path);
        diagnostics.AddRange(entry.Warnings);
        return entry with { Files = files! };
    }
}
