using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Model;
using PerfPublish.Write.Docx;

namespace PerfPublish.Write.Pdf;

/// <summary>
/// The DOCX with its table of contents numbered, and the PDF of exactly that DOCX. LibreOffice lays
/// the document out; the page of every heading is read from the PDF's named destinations; our own
/// DocxWriter writes those numbers into the TOC (so the DOCX stays ours and reproducible), and
/// LibreOffice renders that file again. Numbers only change the TOC's own lines, so the second
/// layout normally confirms the first; if it does not, the loop goes on a few times.
/// </summary>
public sealed record PaginatedDocument(byte[] Docx, byte[] Pdf, PageNumbers Pages, IReadOnlyList<string> Unnumbered, bool Settled)
{
    private const int MaxLayouts = 4;

    public static PaginatedDocument Make(DocxWriter writer, DocumentTree tree, DocumentProperties properties, LibreOffice libreOffice)
    {
        var docx = writer.Write(tree, properties);
        var pdf = libreOffice.ConvertToPdf(docx);
        var pages = PagesOf(pdf, docx, tree);
        for (var layout = 2; layout <= MaxLayouts; layout++)
        {
            docx = writer.Write(tree, properties, pages);
            pdf = libreOffice.ConvertToPdf(docx);
            var confirmed = PagesOf(pdf, docx, tree);
            if (confirmed.SameAs(pages)) return Finish(docx, pdf, pages, tree, properties, settled: true);
            pages = confirmed;
        }

        return Finish(docx, pdf, pages, tree, properties, settled: false);
    }

    private static PaginatedDocument Finish(byte[] docx, byte[] pdf, PageNumbers pages, DocumentTree tree, DocumentProperties properties, bool settled)
    {
        var unnumbered = tree.Headings.Where(h => h.Level <= DocxTableOfContents.DeepestLevel && pages.Of(h.Id) is null)
            .Select(h => h.PlainText).ToList();
        return new(docx, ReproduciblePdf.Normalize(pdf, properties.Date), pages, unnumbered, settled);
    }

    /// <summary>Each heading's page as its footer shows it: the physical page, shifted by where numbering starts.</summary>
    private static PageNumbers PagesOf(byte[] pdf, byte[] docx, DocumentTree tree)
    {
        var destinations = PdfDestinations.Read(pdf);
        var offset = FirstPageNumber(docx) - 1;
        return PageNumbers.From(tree.Headings
            .Select(h => (h.Id, Page: destinations.GetValueOrDefault(PdfDestinations.NameOf(DocxBookmarks.Name(h.Id)))))
            .Where(h => h.Page > 0)
            .Select(h => KeyValuePair.Create(h.Id, h.Page + offset)));
    }

    /// <summary>The number the first page gets: w:pgNumType/@w:start of the first section, 1 when not set.</summary>
    private static int FirstPageNumber(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart?.Document.Body;
        var first = body?.Descendants<SectionProperties>().FirstOrDefault();
        return first?.GetFirstChild<PageNumberType>()?.Start?.Value ?? 1;
    }
}
