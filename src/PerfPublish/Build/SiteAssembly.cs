using PerfPublish.Diagnostics;
using PerfPublish.Load;

namespace PerfPublish.Build;

/// <summary>
/// 'perfpublish site': one site from the outputs of shard builds (build --shard i/n on several
/// machines). Each shard's publications are taken as they are, and the index and shared files are
/// written from their summaries by SiteFiles, as a whole build writes them: the result is the same site.
/// </summary>
public static class SiteAssembly
{
    public static BuildResult Assemble(string templatesFolder, string outputFolder, IReadOnlyList<string> shardOutputs, Uri? siteUrl = null)
    {
        var diagnostics = new DiagnosticBag();
        var templates = SiteTemplates.Load(templatesFolder, diagnostics);
        var shards = shardOutputs.Select(folder => (Folder: folder, Manifest: ReadManifest(folder, diagnostics))).ToList();
        var publications = new SortedDictionary<string, (string Folder, BuiltPublication Built)>(StringComparer.Ordinal);
        foreach (var (folder, manifest) in shards)
        foreach (var built in manifest?.Publications ?? [])
        {
            if (publications.TryGetValue(built.Summary.Slug, out var other))
                diagnostics.Error(SourceLocation.StartOf(SourceFile.DisplayPath(BuildManifest.PathIn(folder))), Codes.ShardOverlap,
                    Messages.Format("PP0402", built.Summary.Slug, SourceFile.DisplayPath(other.Folder)));
            else
                publications[built.Summary.Slug] = (folder, built);
        }

        if (templates is null || diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []);

        var site = Path.Combine(outputFolder, "site");
        using var staging = new StagingFolder(site);
        foreach (var (folder, built) in publications.Values)
        foreach (var file in built.Files)
            staging.Reuse(Path.Combine(folder, "site", file.Path), file.Path);
        SiteFiles.Write(templates, [.. publications.Values.Select(p => p.Built.Summary)], siteUrl, diagnostics, staging);
        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []);

        BuildManifest.Delete(outputFolder);
        var written = staging.Commit(site);
        new BuildManifest([.. publications.Values.Select(p => p.Built)]).Write(outputFolder);
        return new BuildResult(diagnostics.Items, written);
    }

    private static BuildManifest? ReadManifest(string folder, DiagnosticBag diagnostics)
    {
        var path = BuildManifest.PathIn(folder);
        var manifest = BuildManifest.TryRead(folder, out var problem);
        if (manifest is not null) return manifest;
        diagnostics.Error(SourceLocation.StartOf(SourceFile.DisplayPath(path)), problem is null ? Codes.FileMissing : Codes.ManifestUnreadable, problem is null
            ? Messages.Format("PP0002_NoManifest", SourceFile.DisplayPath(folder), BuildManifest.FileName)
            : Messages.Format("PP0405_Shard", SourceFile.DisplayPath(path), problem));
        return null;
    }
}
