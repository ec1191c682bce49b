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

    /// <summary>
    /// The build in one pass over each publication: its content key first (from its files' stamps where
    /// they are unchanged), then, unit by unit, it is loaded and checked (unless the previous build recorded
    /// its summary for the same content) and built from what was loaded (unless its page is unchanged, when
    /// its previous files are linked in). A unit's publications of every year go together: each page links
    /// the unit's other years and shows what changed since the year before.
    /// </summary>
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
        var stamps = options.UseCache ? BuildStamps.Read(options.OutputFolder) : BuildStamps.Empty;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        var entries = folders.Select(folder => new PublicationEntry(folder, options.Shard?.Contains(folder.Slug) ?? true)).ToArray();
        var notices = Notices(pdf, options.SiteUrl, sitemapExpected: options.Shard is null);

        var check = new StepCounter(progress, "check", entries.Length);
        Parallel.ForEach(entries, parallel, entry => Identify(entry, keys, previous, stamps, check));

        using var staging = new StagingFolder(options.SiteFolder);
        var work = new UnitWork(previous, stamps, validator, templates, libreOffices, staging, options.SiteFolder,
            check, new StepCounter(progress, "compose", entries.Count(e => e.InShard)));
        var units = entries.GroupBy(e => e.Unit, StringComparer.Ordinal).Select(unit => unit.ToArray()).ToList();
        Parallel.ForEach(Batches(units, libreOffices.Available, options.Parallelism), parallel, work.Run);

        // One unit per code and one publication per unit and year, over all of the content (every shard checks it).
        var sameUnit = new DiagnosticBag();
        UnitsOfAYear.Check(entries.Where(e => e.Summary is not null).Select(e => new UnitsOfAYear.Entry(e.Summary!, e.Folder.Folder)), sameUnit);
        var shard = entries.Where(e => e.InShard).ToList();
        diagnostics.AddRange([.. shard.SelectMany(e => e.Bag.Items), .. sameUnit.Items]);
        if (diagnostics.HasErrors) return Failed(diagnostics.Items, notices);

        var site = shard.Select(e => e.Built!).ToList();
        if (options.Shard is null) SiteFiles.Write(templates, [.. site.Select(b => b.Summary)], options.SiteUrl, diagnostics, staging);
        if (diagnostics.HasErrors) return Failed(diagnostics.Items, notices);

        progress?.Report(new BuildStep("write", options.SiteFolder, 1, 1));
        OutputOwnership.Mark(options.OutputFolder);
        BuildManifest.Delete(options.OutputFolder);
        BuildStamps.Delete(options.OutputFolder);
        var written = staging.Commit(options.SiteFolder);
        new BuildManifest(BuildIdentity.Of(options.TemplatesFolder), options.Shard, site).Write(options.OutputFolder);
        new BuildStamps(entries.Where(e => e.InShard).ToDictionary(e => e.Folder.Slug, e => e.Stamps, StringComparer.Ordinal)).Write(options.OutputFolder);
        return new BuildResult(diagnostics.Items, written) { Notices = notices };
    }

    /// <summary>
    /// What is known of a publication without loading it: its content key (its files are read only where their
    /// stamp differs from the one recorded), the summary the previous build recorded for the same content, and
    /// the unit it is of (that summary's, else publication.yaml's unit alone).
    /// </summary>
    private static void Identify(PublicationEntry entry, ContentKey keys, BuildManifest previous, BuildStamps stamps, StepCounter check)
    {
        var (folder, slug) = (entry.Folder.Folder, entry.Folder.Slug);
        // Stamped before it is read: a file changed in between has another stamp next time.
        entry.Stamp = keys.StampOf(folder, slug);
        entry.ContentKey = stamps.ContentKeyOf(slug, entry.Stamp) ?? keys.Of(folder, slug);
        entry.Summary = previous.SummaryOf(slug, entry.ContentKey);
        entry.Recorded = entry.Summary is not null;
        // A folder whose unit cannot be read is a unit of its own: its load reports why.
        entry.Unit = entry.Summary?.Unit ?? (PublicationLoader.UnitOf(folder) is { } unit ? UnitIdentity.Of(unit.Code, unit.Name) : "\0" + slug);
        if (entry.Recorded) check.Done(slug);
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

    private static BuildResult Failed(IEnumerable<Diagnostic> diagnostics, string[] notices) => new([.. diagnostics], []) { Notices = notices };

    /// <summary>
    /// The units each worker takes together, whole. With the PDF step a batch shares its LibreOffice starts,
    /// so batches are as large as an even share allows, up to a size that keeps a worker's documents in
    /// memory small (a unit larger than that is a batch of its own); without it each unit is its own batch.
    /// </summary>
    private static IEnumerable<PublicationEntry[][]> Batches(IReadOnlyList<PublicationEntry[]> units, bool pdf, int workers)
    {
        if (!pdf) return units.Select(unit => new[] { unit });
        var size = Math.Clamp((units.Sum(u => u.Length) + workers - 1) / Math.Max(workers, 1), 1, MaxPdfBatch);
        var batches = new List<PublicationEntry[][]>();
        var batch = new List<PublicationEntry[]>();
        foreach (var unit in units)
        {
            if (batch.Count > 0 && batch.Sum(u => u.Length) + unit.Length > size)
            {
                batches.Add([.. batch]);
                batch.Clear();
            }
            batch.Add(unit);
        }

        if (batch.Count > 0) batches.Add([.. batch]);
        return batches;
    }

    private const int MaxPdfBatch = 20;

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

    internal static Publication? LoadOne(ContentFolder folder, Validator validator, DiagnosticBag diagnostics)
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

    internal sealed record ContentFolder(string Folder, string Slug);
}
