using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;
using PerfPublish.Validate;
using PerfPublish.Write.Pdf;

namespace PerfPublish.Build;

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
        foreach (var publication in LoadAll(options, diagnostics, progress)) ProseCheck.Run(publication.Publication, diagnostics);
        return new BuildResult(diagnostics.Items, []);
    }

    public static BuildResult Build(BuildOptions options, IProgress<BuildStep>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var templates = SiteTemplates.Load(options.TemplatesFolder, diagnostics);
        var validator = CreateValidator(options, diagnostics);
        var folders = Discover(options, diagnostics);
        if (options.Shard is { } shard) folders = [.. folders.Where(f => shard.Contains(f.Slug))];
        if (templates is null || diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []);

        var pdf = PdfStep(options);
        using var libreOffices = new LibreOfficePool(pdf.LibreOffice);
        var keys = ContentKey.For(options.TemplatesFolder, libreOffices.Available);
        var previous = options.UseCache ? BuildManifest.Read(options.OutputFolder) : BuildManifest.Empty;
        using var staging = new StagingFolder(options.SiteFolder);
        var step = new StepCounter(progress, "compose", folders.Count);

        var built = new BuiltPublication?[folders.Count];
        var bags = folders.Select(_ => new DiagnosticBag()).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        var contentKeys = new string[folders.Count];
        // A publication the cache has is linked in without even being loaded (its key is read from its
        // files, and a build that succeeded on the same files cannot fail on them); the rest is loaded,
        // checked and built in batches.
        Parallel.For(0, folders.Count, parallel, i =>
        {
            contentKeys[i] = keys.Of(folders[i].Folder, folders[i].Slug);
            built[i] = BuildCache.Reuse(previous, folders[i].Slug, contentKeys[i], options.SiteFolder, staging, bags[i]);
            if (built[i] is not null) step.Done(folders[i].Slug);
        });
        // Each batch is loaded, checked and built in one go and then dropped, so memory stays flat however
        // many publications there are. After the first content error nothing more is built (the staged
        // files are discarded at the end), but every publication is still checked, so all errors are reported.
        var failed = false;
        var toBuild = Enumerable.Range(0, folders.Count).Where(i => built[i] is null).ToList();
        Parallel.ForEach(Batches(toBuild, libreOffices.Available, options.Parallelism), parallel, batch =>
        {
            var loaded = batch.Select(i => (Index: i, Publication: LoadOne(folders[i], validator, bags[i]))).ToList();
            if (loaded.Any(l => bags[l.Index].HasErrors)) Volatile.Write(ref failed, true);
            if (Volatile.Read(ref failed)) return;
            var outputs = libreOffices.With(libreOffice => PublicationWriter.WriteAll(
                [.. loaded.Select(l => l.Publication!)], templates, libreOffice, [.. batch.Select(i => bags[i])]));
            foreach (var (i, output) in batch.Zip(outputs))
            {
                built[i] = Stage(output, contentKeys[i], staging, bags[i]);
                step.Done(folders[i].Slug);
            }
        });

        foreach (var bag in bags) diagnostics.AddRange(bag.Items);
        var notices = pdf.Notice is null ? Array.Empty<string>() : [pdf.Notice];
        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []) { Notices = notices };

        var pages = built.Select(b => b!.Page).ToList();
        if (options.Shard is null)
            foreach (var (path, bytes) in SiteFiles.Write(templates, pages, diagnostics)) staging.Write(path, bytes);
        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []) { Notices = notices };

        progress?.Report(new BuildStep("write", options.SiteFolder, 1, 1));
        BuildManifest.Delete(options.OutputFolder);
        var written = staging.Commit(options.SiteFolder);
        new BuildManifest([.. built.Select(b => b!)]).Write(options.OutputFolder);
        return new BuildResult(diagnostics.Items, written) { Notices = notices };
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
        var step = new StepCounter(progress, "compose", publications.Count);
        var outputs = new PublicationOutput?[publications.Count];
        var bags = publications.Select(_ => new DiagnosticBag()).ToArray();
        Parallel.For(0, publications.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, i =>
        {
            var (publication, folder) = publications[i];
            outputs[i] = (cache ?? RenderCache.None).GetOrAdd(keys.Of(folder, publication.Slug), bags[i],
                bag => libreOffices.With(libreOffice => PublicationWriter.Write(publication, templates, libreOffice, bag)));
            step.Done(publication.Slug);
        });

        cache?.Rotate();
        foreach (var bag in bags) diagnostics.AddRange(bag.Items);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in outputs.Where(o => o is not null).SelectMany(o => o!.Files)) files[path] = bytes;
        foreach (var (path, bytes) in SiteFiles.Write(templates, [.. outputs.Where(o => o is not null).Select(o => o!.Page)], diagnostics)) files[path] = bytes;
        return new RenderResult(diagnostics.Items, diagnostics.HasErrors ? null : files) { Notices = pdf.Notice is null ? [] : [pdf.Notice] };
    }

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
    private static BuiltPublication? Stage(PublicationOutput? output, string key, StagingFolder staging, DiagnosticBag diagnostics)
    {
        if (output is null || diagnostics.HasErrors) return null;
        foreach (var (path, bytes) in output.Files) staging.Write(path, bytes);
        return new BuiltPublication(output.Page, [.. output.Files.Select(f => f.Path)], key, diagnostics.Items);
    }

    /// <summary>LibreOffice for the PDF and the TOC's page numbers, or why they are skipped: said once per build.</summary>
    private static PdfAvailability PdfStep(BuildOptions options) => options.RenderPdf
        ? LibreOffice.Find(Path.Combine(options.TemplatesFolder, "pdf-fonts.conf"))
        : PdfAvailability.Disabled;

    /// <summary>Every publication loaded and validated (in parallel), in the stable order of their folders.</summary>
    private static List<LoadedPublication> LoadAll(BuildOptions options, DiagnosticBag diagnostics, IProgress<BuildStep>? progress)
    {
        var validator = CreateValidator(options, diagnostics);
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
        var folders = PublicationLoader.Discover(options.ContentFolder);
        if (folders.Count == 0)
            diagnostics.Error(SourceLocation.StartOf(SourceFile.DisplayPath(options.ContentFolder)), Codes.NoPublications,
                $"no {PublicationLoader.FileName} found under '{SourceFile.DisplayPath(options.ContentFolder)}'");
        return [.. folders.Select(folder => new ContentFolder(folder, Slug(options.ContentFolder, folder)))];
    }

    private static Validator CreateValidator(BuildOptions options, DiagnosticBag diagnostics) =>
        new(new ValidationContext(Framework.LoadAll(Path.Combine(options.TemplatesFolder, "frameworks"), diagnostics)));

    private static Publication? LoadOne(ContentFolder folder, Validator validator, DiagnosticBag diagnostics)
    {
        var loaded = PublicationLoader.Load(folder.Folder, diagnostics);
        if (loaded is null) return null;
        var publication = loaded with { Slug = folder.Slug };
        validator.Check(publication, diagnostics);
        return publication;
    }

    /// <summary>The publication folder's path under content/, as one URL- and file-safe name.</summary>
    private static string Slug(string contentFolder, string folder) =>
        Path.GetRelativePath(contentFolder, folder).Replace('\\', '/').Replace('/', '-');

    private sealed record LoadedPublication(Publication Publication, string Folder);

    private sealed record ContentFolder(string Folder, string Slug);
}
