using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;
using PerfPublish.Office;
using PerfPublish.Validate;
using PerfPublish.Write;

namespace PerfPublish.Publishing;

/// <summary>
/// The whole build: Load → Validate → Compose → Parse → Write, for every publication under content/.
/// Publications are built in parallel and each is written to the staging folder as it finishes;
/// the site replaces the old one only when every stage of every publication succeeded.
/// </summary>
public static class Pipeline
{
    /// <summary>
    /// Loads and validates only, and reads the Markdown prose as the build would: the fast check editors
    /// run before they commit, reporting every content problem the build reports.
    /// </summary>
    public static BuildResult Check(BuildOptions options, IProgress<BuildStep>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var publications = LoadAll(options, diagnostics, progress);
        foreach (var publication in publications) ProseCheck.Run(publication.Publication, diagnostics);
        UnitsOfAYear.Check(publications.Select(p => new UnitsOfAYear.Entry(PublicationSummary.Of(p.Publication), p.Folder)), diagnostics);
        return new BuildResult(diagnostics.Items, []);
    }

    public static BuildResult Build(BuildOptions options, IProgress<BuildStep>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var templates = SiteTemplates.Load(options.TemplatesFolder, diagnostics);
        var validator = CreateValidator(options, diagnostics);
        var folders = Discover(options, diagnostics);
        if (templates is null || diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []);

        // Held from before the previous manifest is read until the new one is written: they describe one site.
        using var output = ClaimOutput(options, diagnostics);
        if (output is null) return new BuildResult(diagnostics.Items, []);
        var pdf = PdfStep(options);
        if (pdf.LibreOffice is not null) LibreOfficeWorkFolders.DeleteStale();
        using var libreOffices = new LibreOfficePool(pdf.LibreOffice);
        var keys = ContentKey.For(options.TemplatesFolder, libreOffices.Available);
        var previous = options.UseCache ? Previous(options.OutputFolder, diagnostics) : BuildManifest.Empty;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        var bags = folders.Select(_ => new DiagnosticBag()).ToArray();

        // Every publication's summary comes first, other shards' too: a page links its unit's other years
        // and shows what changed. A summary the previous build recorded for the same content is reused
        // without loading; the rest are loaded and checked, then dropped (only their summaries are kept).
        var contentKeys = new string[folders.Count];
        var stamps = new string?[folders.Count];
        var summaries = new PublicationSummary?[folders.Count];
        var checkedNow = new bool[folders.Count];
        var check = new StepCounter(progress, "check", folders.Count);
        Parallel.For(0, folders.Count, parallel, i =>
        {
            // Stamped before it is read: a file changed in between has another stamp next time.
            stamps[i] = keys.StampOf(folders[i].Folder, folders[i].Slug);
            contentKeys[i] = previous.ContentKeyOf(folders[i].Slug, stamps[i]) ?? keys.Of(folders[i].Folder, folders[i].Slug);
            summaries[i] = previous.SummaryOf(folders[i].Slug, contentKeys[i]);
            checkedNow[i] = summaries[i] is null;
            summaries[i] ??= Summarise(folders[i], validator, bags[i]);
            check.Done(folders[i].Slug);
        });
        var shard = Enumerable.Range(0, folders.Count).Where(i => options.Shard?.Contains(folders[i].Slug) ?? true).ToList();
        var notices = Notices(pdf, options.SiteUrl, sitemapExpected: options.Shard is null);
        // One unit per code and one publication per unit and year, over all of the content (every shard checks it).
        var units = new DiagnosticBag();
        UnitsOfAYear.Check(Enumerable.Range(0, folders.Count).Where(i => summaries[i] is not null)
            .Select(i => new UnitsOfAYear.Entry(summaries[i]!, folders[i].Folder)), units);
        if (shard.Any(i => bags[i].HasErrors) || units.HasErrors) return Failed([.. diagnostics.Items, .. shard.SelectMany(i => bags[i].Items), .. units.Items], notices);

        var byUnit = SiteFiles.ByUnit(summaries.OfType<PublicationSummary>());
        var keyOf = Enumerable.Range(0, folders.Count).ToDictionary(i => folders[i].Slug, i => contentKeys[i], StringComparer.Ordinal);
        var pageKeys = Enumerable.Range(0, folders.Count).Select(i => summaries[i] is { } summary
            ? ContentKey.OfPage(contentKeys[i], byUnit[summary.Unit].Select(p => keyOf[p.Slug])) : "").ToArray();

        using var staging = new StagingFolder(options.SiteFolder);
        var step = new StepCounter(progress, "compose", shard.Count);
        var built = new BuiltPublication?[folders.Count];
        // A publication whose page key is unchanged is linked in as it was built.
        Parallel.ForEach(shard, parallel, i =>
        {
            built[i] = BuildCache.Reuse(previous, folders[i].Slug, pageKeys[i], options.SiteFolder, staging, bags[i]) is { } reused
                ? reused with { ContentStamp = stamps[i] } : null;
            if (built[i] is not null) step.Done(folders[i].Slug);
        });
        // The rest is loaded again and built in batches, each dropped once staged.
        var toBuild = shard.Where(i => built[i] is null).ToList();
        Parallel.ForEach(Batches(toBuild, libreOffices.Available, options.Parallelism), parallel, batch =>
        {
            // One whose summary came from the manifest was not checked above: its warnings are recorded now.
            var publications = batch.Select(i => Reload(folders[i], validator, !checkedNow[i], bags[i])).ToList();
            var facts = batch.Select(i => SiteFiles.FactsOf(summaries[i]!, byUnit)).ToList();
            var outputs = libreOffices.With(libreOffice => PublicationWriter.WriteAll(
                publications, facts, templates, libreOffice, [.. batch.Select(i => bags[i])]));
            foreach (var (i, output) in batch.Zip(outputs))
            {
                built[i] = Stage(output, summaries[i]!, contentKeys[i], pageKeys[i], staging, bags[i]) is { } staged
                    ? staged with { ContentStamp = stamps[i] } : null;
                step.Done(folders[i].Slug);
            }
        });

        foreach (var i in shard) diagnostics.AddRange(bags[i].Items);
        if (diagnostics.HasErrors) return Failed(diagnostics.Items, notices);

        var site = shard.Select(i => built[i]!).ToList();
        if (options.Shard is null) SiteFiles.Write(templates, [.. site.Select(b => b.Summary)], options.SiteUrl, diagnostics, staging);
        if (diagnostics.HasErrors) return Failed(diagnostics.Items, notices);

        progress?.Report(new BuildStep("write", options.SiteFolder, 1, 1));
        OutputOwnership.Mark(options.OutputFolder);
        BuildManifest.Delete(options.OutputFolder);
        var written = staging.Commit(options.SiteFolder);
        new BuildManifest(BuildIdentity.Of(options.TemplatesFolder), options.Shard, site).Write(options.OutputFolder);
        return new BuildResult(diagnostics.Items, written) { Notices = notices };
    }

    /// <summary>
    /// The output folder, held for this build alone (OutputLock) and known to be one a build wrote
    /// (OutputOwnership), with what killed builds left beside its site deleted; null when it is not to be written.
    /// </summary>
    private static OutputLock? ClaimOutput(BuildOptions options, DiagnosticBag diagnostics)
    {
        var held = OutputLock.Take(options.OutputFolder, diagnostics);
        if (held is null) return null;
        if (OutputOwnership.MayReplace(options.OutputFolder, options.SiteFolder, diagnostics))
        {
            StaleFolders.DeleteBeside(options.SiteFolder, held);
            return held;
        }

        held.Dispose();
        return null;
    }

    /// <summary>The previous build's manifest; one that cannot be read is said once and ignored, and everything is built.</summary>
    private static BuildManifest Previous(string outputFolder, DiagnosticBag diagnostics)
    {
        var manifest = BuildManifest.TryRead(outputFolder, out var problem);
        if (problem is not null)
        {
            var path = SourceFile.DisplayPath(BuildManifest.PathIn(outputFolder));
            diagnostics.WarningOf(SourceLocation.StartOf(path), Codes.ManifestUnreadable, path, problem);
        }

        return manifest ?? BuildManifest.Empty;
    }

    /// <summary>The whole build in memory: the site's files by relative path, or null when any stage failed (serve uses this).</summary>
    public static RenderResult Render(BuildOptions options, IProgress<BuildStep>? progress = null, RenderCache? cache = null)
    {
        var diagnostics = new DiagnosticBag();
        var templates = SiteTemplates.Load(options.TemplatesFolder, diagnostics);
        var publications = LoadAll(options, diagnostics, progress);
        if (templates is null || diagnostics.HasErrors) return new RenderResult(diagnostics.Items, null);

        var pdf = PdfStep(options);
        using var libreOffices = new LibreOfficePool(pdf.LibreOffice);
        var keys = ContentKey.For(options.TemplatesFolder, libreOffices.Available);
        var summaries = publications.Select(p => PublicationSummary.Of(p.Publication)).ToList();
        UnitsOfAYear.Check(publications.Zip(summaries, (p, s) => new UnitsOfAYear.Entry(s, p.Folder)), diagnostics);
        if (diagnostics.HasErrors) return new RenderResult(diagnostics.Items, null);
        var byUnit = SiteFiles.ByUnit(summaries);
        var contentKeys = publications.ToDictionary(p => p.Publication.Slug, p => keys.Of(p.Folder, p.Publication.Slug), StringComparer.Ordinal);
        var step = new StepCounter(progress, "compose", publications.Count);
        var outputs = new PublicationOutput?[publications.Count];
        var bags = publications.Select(_ => new DiagnosticBag()).ToArray();
        Parallel.For(0, publications.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, i =>
        {
            var (publication, _) = publications[i];
            var key = ContentKey.OfPage(contentKeys[publication.Slug], byUnit[summaries[i].Unit].Select(p => contentKeys[p.Slug]));
            var facts = SiteFiles.FactsOf(summaries[i], byUnit);
            outputs[i] = (cache ?? RenderCache.None).GetOrAdd(key, bags[i],
                bag => libreOffices.With(libreOffice => PublicationWriter.WriteAll([publication], [facts], templates, libreOffice, [bag])[0]));
            step.Done(publication.Slug);
        });

        cache?.Rotate();
        foreach (var bag in bags) diagnostics.AddRange(bag.Items);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in outputs.Where(o => o is not null).SelectMany(o => o!.Files)) files[path] = bytes;
        var written = summaries.Where((_, i) => outputs[i] is not null).ToList();
        SiteFiles.Write(templates, written, options.SiteUrl, diagnostics, new MemorySiteOutput(files));
        return new RenderResult(diagnostics.Items, diagnostics.HasErrors ? null : files) { Notices = Notices(pdf, options.SiteUrl, sitemapExpected: true) };
    }

    /// <summary>What the build says once: why there is no PDF, and that sitemap.xml needs the site's address.</summary>
    private static string[] Notices(PdfAvailability pdf, Uri? siteUrl, bool sitemapExpected)
    {
        string?[] notices = [pdf.Notice, sitemapExpected && siteUrl is null ? Messages.Format("Site_NoSitemap") : null];
        return [.. notices.OfType<string>()];
    }

    /// <summary>A publication loaded and checked for its summary only; null when it has errors (they are in its bag).</summary>
    private static PublicationSummary? Summarise(ContentFolder folder, Validator validator, DiagnosticBag diagnostics)
    {
        var publication = LoadOne(folder, validator, diagnostics);
        return publication is null || diagnostics.HasErrors ? null : PublicationSummary.Of(publication);
    }

    /// <summary>
    /// A publication known to be free of errors, loaded again to be built. Its diagnostics go to its bag
    /// only when it was not checked in this build yet (a validator is given), so none is said twice.
    /// </summary>
    private static Publication Reload(ContentFolder folder, Validator validator, bool check, DiagnosticBag diagnostics)
    {
        var publication = PublicationLoader.Load(folder.Folder, validator.Context.Forms, check ? diagnostics : new DiagnosticBag())! with { Slug = folder.Slug };
        if (check) validator.Check(publication, diagnostics);
        return publication;
    }

    private static BuildResult Failed(IEnumerable<Diagnostic> diagnostics, string[] notices) => new([.. diagnostics], []) { Notices = notices };

    /// <summary>
    /// The publications (by index) each worker builds together. With the PDF step a batch shares its
    /// LibreOffice starts, so batches are as large as an even share allows, up to a size that keeps
    /// a worker's documents in memory small; without it each publication is its own batch.
    /// </summary>
    private static IEnumerable<int[]> Batches(IReadOnlyList<int> indexes, bool pdf, int workers)
    {
        var size = pdf ? Math.Clamp((indexes.Count + workers - 1) / Math.Max(workers, 1), 1, MaxPdfBatch) : 1;
        return indexes.Chunk(size);
    }

    private const int MaxPdfBatch = 20;

    /// <summary>Writes a built publication's files to the staging folder and records it; null when it failed.</summary>
    private static BuiltPublication? Stage(PublicationOutput? output, PublicationSummary summary, string contentKey, string pageKey,
        StagingFolder staging, DiagnosticBag diagnostics)
    {
        if (output is null || diagnostics.HasErrors) return null;
        foreach (var (path, bytes) in output.Files) staging.Write(path, bytes);
        return new BuiltPublication(summary, [.. output.Files.Select(f => BuiltFile.Of(f.Path, f.Bytes))], contentKey, pageKey, diagnostics.Items,
            output.Complete);
    }

    /// <summary>LibreOffice for the PDF and the TOC's page numbers, or why they are skipped: said once per build.</summary>
    private static PdfAvailability PdfStep(BuildOptions options) => options.RenderPdf
        ? LibreOffice.Find(Path.Combine(options.TemplatesFolder, "pdf-fonts.conf"))
        : PdfAvailability.Disabled;

    /// <summary>Every publication loaded and validated (in parallel), in the stable order of their folders.</summary>
    private static List<LoadedPublication> LoadAll(BuildOptions options, DiagnosticBag diagnostics, IProgress<BuildStep>? progress)
    {
        var validator = CreateValidator(options, diagnostics);
        // Content is read by the form profiles: with a broken one, what it would say about content means nothing.
        if (diagnostics.HasErrors) return [];
        var folders = Discover(options, diagnostics);
        var step = new StepCounter(progress, "check", folders.Count);
        var loaded = new LoadedPublication?[folders.Count];
        var bags = folders.Select(_ => new DiagnosticBag()).ToArray();
        Parallel.For(0, folders.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, i =>
        {
            var publication = LoadOne(folders[i], validator, bags[i]);
            if (publication is not null) loaded[i] = new LoadedPublication(publication, folders[i].Folder);
            step.Done(folders[i].Slug);
        });

        foreach (var bag in bags) diagnostics.AddRange(bag.Items);
        return [.. loaded.Where(p => p is not null).Select(p => p!)];
    }

    /// <summary>Every publication folder under content/ with its slug, in a stable order; none at all is an error.</summary>
    private static List<ContentFolder> Discover(BuildOptions options, DiagnosticBag diagnostics)
    {
        var folders = PublicationLoader.Discover(options.ContentFolder, diagnostics);
        if (folders.Count == 0)
            diagnostics.ErrorOf(SourceLocation.StartOf(SourceFile.DisplayPath(options.ContentFolder)), Codes.NoPublications, PublicationLoader.FileName, SourceFile.DisplayPath(options.ContentFolder));
        return [.. folders.Select(folder => new ContentFolder(folder, Slug(options.ContentFolder, folder)))];
    }

    private static Validator CreateValidator(BuildOptions options, DiagnosticBag diagnostics) =>
        new(ValidationContext.Load(options.TemplatesFolder, diagnostics));

    private static Publication? LoadOne(ContentFolder folder, Validator validator, DiagnosticBag diagnostics)
    {
        var loaded = PublicationLoader.Load(folder.Folder, validator.Context.Forms, diagnostics);
        if (loaded is null) return null;
        var publication = loaded with { Slug = folder.Slug };
        validator.Check(publication, diagnostics);
        return publication;
    }

    /// <summary>The publication's folder path under the content folder, '-' for '/'; its own name when it is the content folder (check run on one publication, as import does).</summary>
    internal static string Slug(string contentFolder, string folder)
    {
        var relative = Path.GetRelativePath(contentFolder, folder);
        return relative == "." ? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))) : relative.Replace('\\', '/').Replace('/', '-');
    }

    private sealed record LoadedPublication(Publication Publication, string Folder);

    private sealed record ContentFolder(string Folder, string Slug);
}
