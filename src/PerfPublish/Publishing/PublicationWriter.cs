using System.Text;
using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Model;
using PerfPublish.Office;
using PerfPublish.Parse;
using PerfPublish.Write.Data;
using PerfPublish.Write.Docx;
using PerfPublish.Write.Html;
using PerfPublish.Write.Pdf;

namespace PerfPublish.Publishing;

/// <summary>Compose → Parse → Write for publications: their Word files (and PDFs), open data and pages, each in its own folder.</summary>
public static class PublicationWriter
{
    /// <summary>
    /// A batch of publications (one worker's share): their PDFs come from shared LibreOffice starts.
    /// Each publication's diagnostics go to its own bag; null where its markup could not be composed.
    /// Facts are what each page shows beyond the document (the unit's other years, what changed).
    /// </summary>
    public static IReadOnlyList<PublicationOutput?> WriteAll(IReadOnlyList<Publication> publications, IReadOnlyList<PageFacts> facts, SiteTemplates templates,
        LibreOffice? libreOffice, IReadOnlyList<DiagnosticBag> diagnostics)
    {
        var trees = publications.Select((publication, i) => Compose(publication, templates, diagnostics[i])).ToList();
        var composed = Enumerable.Range(0, publications.Count).Where(i => trees[i] is not null).ToList();
        var documents = OfficialDocuments.WriteAll(new DocxWriter(templates.ReferenceDocx),
            [.. composed.Select(i => new OfficialDocuments.Request(trees[i]!, Properties(publications[i]), publications[i].Origin.At, diagnostics[i]))],
            libreOffice);

        var outputs = new PublicationOutput?[publications.Count];
        foreach (var (i, files) in composed.Zip(documents))
            outputs[i] = Finish(publications[i], facts[i], trees[i]!, files, templates, diagnostics[i])
                with { Complete = libreOffice is null || files.Any(f => f.Extension == ".pdf") };
        return outputs;
    }

    private static DocumentTree? Compose(Publication publication, SiteTemplates templates, DiagnosticBag diagnostics)
    {
        var markup = new Composer(templates.Document).Compose(publication, diagnostics);
        return markup is null ? null : new MarkupParser(templates.DocumentPath, diagnostics).Parse(markup);
    }

    private static DocumentProperties Properties(Publication publication) =>
        new(publication.Title, publication.Unit.Name, new DateTime(publication.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    private static PublicationOutput Finish(Publication publication, PageFacts facts, DocumentTree tree, IReadOnlyList<(string Extension, byte[] Bytes)> documents,
        SiteTemplates templates, DiagnosticBag diagnostics)
    {
        var folder = publication.Slug + "/";
        var files = documents.Select(d => (folder + publication.Slug + d.Extension, d.Bytes)).ToList();
        foreach (var (name, bytes) in OpenData.Files(publication)) files.Add((folder + name, bytes));

        // The page is written last: it links every download the steps above put in its folder.
        var page = new SitePage(publication.Slug, publication.Title, publication.Year, publication.Unit.Code,
            publication.Unit.Name, Downloads.In(files.Select(f => f.Item1), folder, OpenData.Labels(publication)));
        var html = templates.Html.WritePage(tree, page, diagnostics, facts);
        if (html is not null) files.Add((folder + "index.html", Encoding.UTF8.GetBytes(html)));
        return new PublicationOutput(files);
    }
}
