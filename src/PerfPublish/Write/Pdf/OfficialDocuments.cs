using PerfPublish.Diagnostics;
using PerfPublish.Model;
using PerfPublish.Office;
using PerfPublish.Write.Docx;

namespace PerfPublish.Write.Pdf;

/// <summary>
/// The publications' official documents: the DOCX, and where LibreOffice is available the PDF with
/// the DOCX's table of contents numbered. The PDF is an extra: when LibreOffice fails on a document,
/// the build warns at that publication and still writes its DOCX (with an unnumbered TOC that Word
/// fills in on open); the other documents of the batch keep their PDF.
/// </summary>
public static class OfficialDocuments
{
    /// <summary>One document to write: its tree, metadata, the publication it is reported against, and where its diagnostics go.</summary>
    public sealed record Request(DocumentTree Tree, DocumentProperties Properties, SourceLocation Publication, DiagnosticBag Diagnostics);

    /// <summary>Every request's files, in the requests' order; all PDFs of the batch come from the same LibreOffice starts.</summary>
    public static IReadOnlyList<IReadOnlyList<(string Extension, byte[] Bytes)>> WriteAll(DocxWriter writer, IReadOnlyList<Request> requests, LibreOffice? libreOffice)
    {
        if (libreOffice is null || requests.Count == 0) return [.. requests.Select(r => Unpaginated(writer, r))];
        IReadOnlyList<Paginated> made;
        try
        {
            made = PaginatedDocument.MakeAll(writer, [.. requests.Select(r => (r.Tree, r.Properties))], libreOffice);
        }
        catch (IOException e)
        {
            // The batch's work folder could not be written: no PDF for any of them, each one says so.
            made = [.. requests.Select(_ => new Paginated(null, e.Message))];
        }

        return [.. requests.Zip(made, (request, paginated) => Files(writer, request, paginated))];
    }

    private static IReadOnlyList<(string, byte[])> Files(DocxWriter writer, Request request, Paginated paginated)
    {
        if (paginated.Document is not { } document)
        {
            request.Diagnostics.Warning(request.Publication, Codes.Output,
                Messages.Format("PP0401_Pdf", paginated.Problem));
            return Unpaginated(writer, request);
        }

        Report(document, request.Publication, request.Diagnostics);
        return [(".docx", document.Docx), (".pdf", document.Pdf)];
    }

    private static IReadOnlyList<(string, byte[])> Unpaginated(DocxWriter writer, Request request) =>
        [(".docx", writer.Write(request.Tree, request.Properties))];

    private static void Report(PaginatedDocument paginated, SourceLocation publication, DiagnosticBag diagnostics)
    {
        if (!paginated.Settled)
            diagnostics.Warning(publication, Codes.Output,
                Messages.Format("PP0401_TocUnstable"));
        if (paginated.Unnumbered.Count > 0)
            diagnostics.Warning(publication, Codes.Output,
                Messages.Format("PP0401_Unnumbered", string.Join("; ", paginated.Unnumbered)));
    }
}
