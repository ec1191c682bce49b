using PerfPublish.Diagnostics;
using PerfPublish.Load;

namespace PerfPublish.Publishing;

/// <summary>
/// 'perfpublish site': one site from the outputs of shard builds (build --shard i/n on several
/// machines). The shards must be one complete set (ShardSet); each shard's publications are copied as
/// they are, every file checked against the size and hash its manifest records, and the index and
/// shared files are written from their summaries by SiteFiles, as a whole build writes them: the result
/// is the same site. Copied, not linked: the assembled site is the one people edit and upload, and an
/// edit there must not change a shard's output.
/// </summary>
public static class SiteAssembly
{
    public static BuildResult Assemble(string templatesFolder, string outputFolder, IReadOnlyList<string> shardOutputs, Uri? siteUrl = null)
    {
        var diagnostics = new DiagnosticBag();
        var templates = SiteTemplates.Load(templatesFolder, diagnostics);
        var identity = BuildIdentity.Of(templatesFolder);
        var shards = shardOutputs.Select(folder => ReadShard(folder, diagnostics)).OfType<ShardOutput>().ToList();
        if (templates is null || diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []);
        ShardSet.Check(shards, identity, templatesFolder, diagnostics);
        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []);

        var publications = new SortedDictionary<string, (string Folder, BuiltPublication Built)>(StringComparer.Ordinal);
        foreach (var (folder, manifest) in shards)
        foreach (var built in manifest.Publications)
        {
            if (publications.TryGetValue(built.Summary.Slug, out var other))
                diagnostics.ErrorOf(SourceLocation.StartOf(SourceFile.DisplayPath(BuildManifest.PathIn(folder))), Codes.ShardSet, built.Summary.Slug, SourceFile.DisplayPath(other.Folder));
            else
                publications[built.Summary.Slug] = (folder, built);
        }

        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []);

        var site = Path.Combine(outputFolder, "site");
        using var output = OutputLock.Take(outputFolder, diagnostics);
        if (output is null || !OutputOwnership.MayReplace(outputFolder, site, diagnostics)) return new BuildResult(diagnostics.Items, []);
        StaleFolders.DeleteBeside(site, output);
        using var staging = new StagingFolder(site);
        foreach (var (folder, built) in publications.Values)
            CopyChecked(Path.Combine(folder, "site"), built.Files, staging, diagnostics);
        SiteFiles.Write(templates, [.. publications.Values.Select(p => p.Built.Summary)], siteUrl, diagnostics, staging);
        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []);

        OutputOwnership.Mark(outputFolder);
        BuildManifest.Delete(outputFolder);
        var written = staging.Commit(site);
        new BuildManifest(identity, null, [.. publications.Values.Select(p => p.Built)]).Write(outputFolder);
        return new BuildResult(diagnostics.Items, written);
    }

    /// <summary>A shard's manifest; null when there is none or it cannot be read (an error says so).</summary>
    private static ShardOutput? ReadShard(string folder, DiagnosticBag diagnostics)
    {
        var path = BuildManifest.PathIn(folder);
        var manifest = BuildManifest.TryRead(folder, out var problem);
        if (manifest is not null) return new ShardOutput(folder, manifest);
        diagnostics.Error(SourceLocation.StartOf(SourceFile.DisplayPath(path)), problem is null ? Codes.FileMissing : Codes.ManifestUnreadable, problem is null
            ? Messages.Format("PP0002_NoManifest", SourceFile.DisplayPath(folder), BuildManifest.FileName)
            : Messages.Format("PP0405_Shard", SourceFile.DisplayPath(path), problem));
        return null;
    }

    /// <summary>Copies a publication's files from a shard's site, each one checked first against what its build wrote.</summary>
    private static void CopyChecked(string shardSite, IReadOnlyList<BuiltFile> files, StagingFolder staging, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(shardSite, file.Path);
            if (file.IsIntact(path, recordedTicks: null, out _)) staging.Copy(path, file.Path);
            else diagnostics.Error(SourceLocation.StartOf(SourceFile.DisplayPath(path)), Codes.ShardSet,
                Messages.Format("PP0402_Files", SourceFile.DisplayPath(path)));
        }
    }
}
