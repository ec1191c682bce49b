using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Model;
using PerfPublish.Office;
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

    /// <summary>
    /// Lays out many documents together: each layout pass is one LibreOffice start for all the
    /// documents still unsettled, instead of one start per document and pass.
    /// </summary>
    public static IReadOnlyList<Paginated> MakeAll(DocxWriter writer, IReadOnlyList<(DocumentTree Tree, DocumentProperties Properties)> documents, LibreOffice libreOffice)
    {
        var results = new Paginated[documents.Count];
        var docx = documents.Select(d => writer.Write(d.Tree, d.Properties)).ToArray();
        var pages = new PageNumbers?[documents.Count];
        var pending = Enumerable.Range(0, documents.Count).ToList();
        for (var layout = 1; layout <= MaxLayouts && pending.Count > 0; layout++)
        {
            var pdfs = libreOffice.ConvertAllToPdf([.. pending.Select(i => docx[i])]);
            var next = new List<int>();
            foreach (var (i, converted) in pending.Zip(pdfs))
            {
                var (tree, properties) = documents[i];
                if (converted.Pdf is null)
                {
                    results[i] = new Paginated(null, converted.Problem);
                    continue;
                }

                var found = PagesOf(converted.Pdf, docx[i], tree);
                if (pages[i] is { } previous && found.SameAs(previous))
                    results[i] = new Paginated(Finish(docx[i], converted.Pdf, found, tree, properties, settled: true), null);
                else if (layout == MaxLayouts)
                    results[i] = new Paginated(Finish(docx[i], converted.Pdf, pages[i] ?? found, tree, properties, settled: false), null);
                else
                {
                    pages[i] = found;
                    docx[i] = writer.Write(tree, properties, found);
                    next.Add(i);
                }
            }

            pending = next;
        }

        return results;
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
