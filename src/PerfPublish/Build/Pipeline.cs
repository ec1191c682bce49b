using System.Text;
using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;
using PerfPublish.Parse;
using PerfPublish.Validate;
using PerfPublish.Write;
using PerfPublish.Write.Docx;
using PerfPublish.Write.Data;
using PerfPublish.Write.Html;
using PerfPublish.Write.Pdf;

namespace PerfPublish.Build;

/// <summary>
/// The whole build: Load → Validate → Compose → Parse → Write, for every publication under content/.
/// Nothing is written unless every stage of every publication succeeded.
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
        foreach (var publication in LoadAll(options, diagnostics, progress)) ProseCheck.Run(publication, diagnostics);
        return new BuildResult(diagnostics.Items, []);
    }

    public static BuildResult Build(BuildOptions options, IProgress<BuildStep>? progress = null)
    {
        var rendered = Render(options, progress);
        if (rendered.Files is null) return new BuildResult(rendered.Diagnostics, []) { Notices = rendered.Notices };
        progress?.Report(new BuildStep("write", options.SiteFolder, 1, 1));
        return new BuildResult(rendered.Diagnostics, OutputFolder.Replace(options.SiteFolder, rendered.Files)) { Notices = rendered.Notices };
    }

    /// <summary>The whole build in memory: the site's files by relative path, or null when any stage failed (serve uses this).</summary>
    public static RenderResult Render(BuildOptions options, IProgress<BuildStep>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var templates = SiteTemplates.Load(options.TemplatesFolder, diagnostics);
        var publications = LoadAll(options, diagnostics, progress);
        if (templates is null || diagnostics.HasErrors) return new RenderResult(diagnostics.Items, null);

        var pdf = PdfStep(options);
        using var libreOffice = pdf.LibreOffice;
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        // A page shows the unit's other years and what changed, so every summary is known before any page is written.
        var summaries = publications.Select(PublicationSummary.Of).ToList();
        var byUnit = SiteFiles.ByUnit(summaries);
        foreach (var (publication, i) in publications.Select((p, i) => (p, i)))
        {
            progress?.Report(new BuildStep("compose", publication.Slug, i + 1, publications.Count));
            WritePublication(publication, SiteFiles.FactsOf(summaries[i], byUnit), templates, libreOffice, files, diagnostics);
        }

        foreach (var (path, bytes) in SiteFiles.Write(templates, summaries, options.SiteUrl, diagnostics)) files[path] = bytes;
        string?[] notices = [pdf.Notice, options.SiteUrl is null ? Messages.Format("Site_NoSitemap") : null];
        return new RenderResult(diagnostics.Items, diagnostics.HasErrors ? null : files) { Notices = [.. notices.OfType<string>()] };
    }

    /// <summary>LibreOffice for the PDF and the TOC's page numbers, or why they are skipped: said once per build.</summary>
    private static PdfAvailability PdfStep(BuildOptions options) => options.RenderPdf
        ? LibreOffice.Find(Path.Combine(options.TemplatesFolder, "pdf-fonts.conf"))
        : PdfAvailability.Disabled;

    private static List<Publication> LoadAll(BuildOptions options, DiagnosticBag diagnostics, IProgress<BuildStep>? progress)
    {
        var folders = PublicationLoader.Discover(options.ContentFolder);
        if (folders.Count == 0)
            diagnostics.Error(SourceLocation.StartOf(SourceFile.DisplayPath(options.ContentFolder)), Codes.NoPublications,
                Messages.Format("PP0209", PublicationLoader.FileName, SourceFile.DisplayPath(options.ContentFolder)));

        var validator = new Validator(new ValidationContext(Framework.LoadAll(Path.Combine(options.TemplatesFolder, "frameworks"), diagnostics)));
        var publications = new List<Publication>();
        foreach (var (folder, i) in folders.Select((f, i) => (f, i)))
        {
            progress?.Report(new BuildStep("check", Slug(options.ContentFolder, folder), i + 1, folders.Count));
            var loaded = PublicationLoader.Load(folder, diagnostics);
            if (loaded is null) continue;
            var publication = loaded with { Slug = Slug(options.ContentFolder, folder) };
            validator.Check(publication, diagnostics);
            publications.Add(publication);
        }

        return publications;
    }

    /// <summary>The publication folder's path under content/, as one URL- and file-safe name.</summary>
    private static string Slug(string contentFolder, string folder) =>
        Path.GetRelativePath(contentFolder, folder).Replace('\\', '/').Replace('/', '-');

    private static void WritePublication(Publication publication, PageFacts facts, SiteTemplates templates, LibreOffice? libreOffice,
        IDictionary<string, byte[]> files, DiagnosticBag diagnostics)
    {
        var markup = new Composer(templates.Document).Compose(publication, diagnostics);
        if (markup is null) return;
        var tree = new MarkupParser(templates.DocumentPath, diagnostics).Parse(markup);
        var folder = publication.Slug + "/";

        var properties = new DocumentProperties(publication.Title, publication.Unit.Name,
            new DateTime(publication.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var writer = new DocxWriter(templates.ReferenceDocx);
        foreach (var (extension, bytes) in OfficialDocuments.Write(writer, tree, properties, libreOffice, publication.Origin.At, diagnostics))
            files[folder + publication.Slug + extension] = bytes;
        foreach (var (name, bytes) in OpenData.Files(publication)) files[folder + name] = bytes;

        // The page is written last: it links every download the steps above put in its folder.
        var page = new SitePage(publication.Slug, publication.Title, publication.Year, publication.Unit.Code,
            publication.Unit.Name, Downloads.In(files.Keys, folder));
        var html = templates.Html.WritePage(tree, page, diagnostics, facts);
        if (html is not null) files[folder + "index.html"] = Encoding.UTF8.GetBytes(html);
    }
}
