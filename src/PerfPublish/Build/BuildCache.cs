using PerfPublish.Diagnostics;

namespace PerfPublish.Build;

/// <summary>
/// Reuses a publication's previous output, byte for byte, when its content key (ContentKey) is the
/// one the previous build recorded and every file it wrote is still there: the files are linked
/// into the new site instead of being built again, and the warnings that build gave are repeated.
/// </summary>
public static class BuildCache
{
    public static BuiltPublication? Reuse(BuildManifest previous, string slug, string key, string siteFolder, StagingFolder staging, DiagnosticBag diagnostics)
    {
        var entry = previous.Publications.FirstOrDefault(p => p.Summary.Slug == slug && p.Key == key);
        if (entry is null || !entry.Files.All(f => File.Exists(Path.Combine(siteFolder, f)))) return null;
        foreach (var file in entry.Files) staging.Reuse(Path.Combine(siteFolder, file), file);
        diagnostics.AddRange(entry.Warnings);
        return entry;
    }
}
