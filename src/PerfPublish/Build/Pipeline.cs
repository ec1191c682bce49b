using System.Text;
using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;
using PerfPublish.Parse;
using PerfPublish.Validate;
using PerfPublish.Write.Docx;
using PerfPublish.Write.Html;

namespace PerfPublish.Build;

/// <summary>
/// The whole build: Load → Validate → Compose → Parse → Write, for every publication under content/.
/// Nothing is written unless every stage of every publication succeeded.
/// </summary>
public static class Pipeline
{
    /// <summary>Loads and validates only: the fast check editors run before they commit.</summary>
    public static BuildResult Check(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        LoadAll(options, diagnostics);
        return new BuildResult(diagnostics.Items, []);
    }

    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var templates = SiteTemplates.Load(options.TemplatesFolder, diagnostics);
        var publications = LoadAll(options, diagnostics);
        if (templates is null || diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []);

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var pages = new List<SitePage>();
        foreach (var publication in publications)
        {
            var page = WritePublication(publication, templates, files, diagnostics);
            if (page is not null) pages.Add(page);
        }

        var index = templates.Html.WriteIndex(pages, diagnostics);
        if (index is not null) files["index.html"] = Encoding.UTF8.GetBytes(index);
        files["site.css"] = templates.SiteCss;
        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Items, []);

        return new BuildResult(diagnostics.Items, OutputFolder.Replace(options.SiteFolder, files));
    }

    private static List<Publication> LoadAll(BuildOptions options, DiagnosticBag diagnostics)
    {
        var folders = PublicationLoader.Discover(options.ContentFolder);
        if (folders.Count == 0)
            diagnostics.Error(SourceLocation.StartOf(SourceFile.DisplayPath(options.ContentFolder)), Codes.NoPublications,
                $"no {PublicationLoader.FileName} found under '{SourceFile.DisplayPath(options.ContentFolder)}'");

        var validator = new Validator(new ValidationContext(Framework.LoadAll(Path.Combine(options.TemplatesFolder, "frameworks"))));
        var publications = new List<Publication>();
        foreach (var folder in folders)
        {
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

    private static SitePage? WritePublication(Publication publication, SiteTemplates templates,
        IDictionary<string, byte[]> files, DiagnosticBag diagnostics)
    {
        var markup = new Composer(templates.Document).Compose(publication, diagnostics);
        if (markup is null) return null;
        var tree = new MarkupParser(templates.DocumentPath, diagnostics).Parse(markup);
        var folder = publication.Slug + "/";

        var properties = new DocumentProperties(publication.Title, publication.Unit.Name,
            new DateTime(publication.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        files[folder + publication.Slug + ".docx"] = new DocxWriter(templates.ReferenceDocx).Write(tree, properties);

        // The page is written last: it links every download the steps above put in its folder.
        var page = new SitePage(publication.Slug, publication.Title, publication.Year, publication.Unit.Code,
            publication.Unit.Name, Downloads.In(files.Keys, folder));
        var html = templates.Html.WritePage(tree, page, diagnostics);
        if (html is not null) files[folder + "index.html"] = Encoding.UTF8.GetBytes(html);
        return page;
    }
}
