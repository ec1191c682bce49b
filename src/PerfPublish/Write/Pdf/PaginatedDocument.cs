using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Model;
using PerfPublish.Office;
using PerfPublish.Write.Docx;

namespace PerfPublish.Write.Pdf;

/// <summary>
/// The DOCX with its table of contents numbered, and the PDF of the same document, from one layout.
/// LibreOffice lays out the document with its TOC's page references as live fields
/// (DocxWriter.WriteForLayout), so the PDF prints the pages of that very layout; the page of every heading
/// is read from the PDF's named destinations, and our own DocxWriter writes those numbers into the DOCX's
/// TOC field (so the DOCX stays ours and reproducible). Where the footer counts pages other than in
/// arabic numerals, the PDF's references would print that way while the DOCX's numbers are arabic, so
/// such a document is laid out again with the numbers written in, until they settle.
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
        var docx = documents.Select(d => writer.WriteForLayout(d.Tree, d.Properties)).ToArray();
        var onePass = docx.Select(NumbersInArabic).ToArray();
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
                if (onePass[i])
                    results[i] = new Paginated(Finish(writer.Write(tree, properties, found), converted.Pdf, found, tree, properties, settled: true), null);
                else if (pages[i] is { } previous && found.SameAs(previous))
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
    private static int FirstPageNumber(byte[] docx) => NumberingOf(docx)?.Start?.Value ?? 1;

    /// <summary>Whether every section counts its pages in arabic numerals (w:pgNumType/@w:fmt unset or decimal), as the TOC's numbers are written.</summary>
    private static bool NumbersInArabic(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart?.Document.Body?.Descendants<PageNumberType>()
            .All(numbering => numbering.Format is null || numbering.Format.Value == NumberFormatValues.Decimal) ?? true;
    }

    private static PageNumberType? NumberingOf(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var first = document.MainDocumentPart?.Document.Body?.Descendants<SectionProperties>().FirstOrDefault();
        return first?.GetFirstChild<PageNumberType>()?.CloneNode(true) as PageNumberType;
    }
}
