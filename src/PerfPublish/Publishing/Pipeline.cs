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
        Write.Docx.LabelLines.PrepareInBackground();
        // Held from before the previous manifest is read until the new one is written: they describe one site.
        using var output = ClaimOutput(options, diagnostics);
        if (output is null) return new BuildResult(diagnostics.Items, []);
        // The previous build's record (megabytes at 200 units) is read on another core while the templates load.
        var previousBuild = Task.Run(() => ReadPrevious(options));
        var templates = SiteTemplates.Load(options.TemplatesFolder, diagnostics);
        var validator = CreateValidator(options, diagnostics);
        var folders = Discover(options, diagnostics);
        var (previous, stamps, previousDiagnostics) = previousBuild.GetAwaiter().GetResult();
        if (templates is null || diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []);
        diagnostics.AddRange(previousDiagnostics.Items);

        var pdf = PdfStep(options);
        if (pdf.LibreOffice is not null) LibreOfficeWorkFolders.DeleteStale();
        using var libreOffices = new LibreOfficePool(pdf.LibreOffice);
        var keys = ContentKey.For(options.TemplatesFolder, libreOffices.Available);
        var notices = Notices(pdf, options.SiteUrl, sitemapExpected: options.Shard is null);

        using var staging = new StagingFolder(options.SiteFolder);
        var pass = new PublicationPass(keys, previous, stamps, validator, templates, libreOffices);
        var entries = pass.Run(options, folders, new StagedPublications(previous, stamps, options.SiteFolder, staging), diagnostics, progress);
        var shard = entries.Where(e => e.InShard).ToList();
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

    /// <summary>What the previous build recorded (nothing with --no-cache), and what reading it had to say.</summary>
    private static (BuildManifest Manifest, BuildStamps Stamps, DiagnosticBag Diagnostics) ReadPrevious(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        if (!options.UseCache) return (BuildManifest.Empty, BuildStamps.Empty, diagnostics);
        return (Previous(options.OutputFolder, diagnostics), BuildStamps.Read(options.OutputFolder), diagnostics);
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

    /// <summary>
    /// The whole build in memory, through the same pass as <see cref="Build"/>: the site's files by relative
    /// path, or null when any stage failed (serve uses this, with a cache of the pages it rendered before).
    /// </summary>
    public static RenderResult Render(BuildOptions options, IProgress<BuildStep>? progress = null, RenderCache? cache = null)
    {
        var diagnostics = new DiagnosticBag();
        var templates = SiteTemplates.Load(options.TemplatesFolder, diagnostics);
        var validator = CreateValidator(options, diagnostics);
        var folders = Discover(options, diagnostics);
        if (templates is null || diagnostics.HasErrors) return new RenderResult(diagnostics.Items, null);

        var pdf = PdfStep(options);
        using var libreOffices = new LibreOfficePool(pdf.LibreOffice);
        var keys = ContentKey.For(options.TemplatesFolder, libreOffices.Available);
        var store = new RenderedPublications(cache ?? RenderCache.None);
        var pass = new PublicationPass(keys, BuildManifest.Empty, BuildStamps.Empty, validator, templates, libreOffices);
        var entries = pass.Run(options with { Shard = null }, folders, store, diagnostics, progress);
        cache?.Rotate();
        if (!diagnostics.HasErrors)
            SiteFiles.Write(templates, [.. entries.Select(e => e.Built!.Summary)], options.SiteUrl, diagnostics, new MemorySiteOutput(store.Files));
        return new RenderResult(diagnostics.Items, diagnostics.HasErrors ? null : store.Files) { Notices = Notices(pdf, options.SiteUrl, sitemapExpected: true) };
    }

    /// <summary>What the build says once: why there is no PDF, and that sitemap.xml needs the site's address.</summary>
    private static string[] Notices(PdfAvailability pdf, Uri? siteUrl, bool sitemapExpected)
    {
        string?[] notices = [pdf.Notice, sitemapExpected && siteUrl is null ? Messages.Format("Site_NoSitemap") : null];
        return [.. notices.OfType<string>()];
    }

    private static BuildResult Failed(IEnumerable<Diagnostic> diagnostics, string[] notices) => new([.. diagnostics], []) { Notices = notices };

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
