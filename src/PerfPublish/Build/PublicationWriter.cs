using System.Text;
using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Model;
using PerfPublish.Parse;
using PerfPublish.Write.Data;
using PerfPublish.Write.Docx;
using PerfPublish.Write.Html;
using PerfPublish.Write.Pdf;

namespace PerfPublish.Build;

/// <summary>One publication's files (paths relative to the site root) and the summary its page and the index show.</summary>
public sealed record PublicationOutput(SitePage Page, IReadOnlyList<(string Path, byte[] Bytes)> Files);

/// <summary>Compose → Parse → Write for one publication: its Word file (and PDF), open data and page, all in its own folder.</summary>
public static class PublicationWriter
{
    public static PublicationOutput? Write(Publication publication, SiteTemplates templates, LibreOffice? libreOffice, DiagnosticBag diagnostics)
    {
        var markup = new Composer(templates.Document).Compose(publication, diagnostics);
        if (markup is null) return null;
        var tree = new MarkupParser(templates.DocumentPath, diagnostics).Parse(markup);
        var folder = publication.Slug + "/";
        var files = new List<(string Path, byte[] Bytes)>();

        var properties = new DocumentProperties(publication.Title, publication.Unit.Name,
            new DateTime(publication.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var writer = new DocxWriter(templates.ReferenceDocx);
        foreach (var (extension, bytes) in OfficialDocuments.Write(writer, tree, properties, libreOffice, publication.Origin.At, diagnostics))
            files.Add((folder + publication.Slug + extension, bytes));
        foreach (var (name, bytes) in OpenData.Files(publication)) files.Add((folder + name, bytes));

        // The page is written last: it links every download the steps above put in its folder.
        var page = new SitePage(publication.Slug, publication.Title, publication.Year, publication.Unit.Code,
            publication.Unit.Name, Downloads.In(files.Select(f => f.Path), folder));
        var html = templates.Html.WritePage(tree, page, diagnostics);
        if (html is not null) files.Add((folder + "index.html", Encoding.UTF8.GetBytes(html)));
        return new PublicationOutput(page, files);
    }
}
