using System.ComponentModel;
using PerfPublish.Diagnostics;
using PerfPublish.Model;
using PerfPublish.Write.Docx;

namespace PerfPublish.Write.Pdf;

/// <summary>
/// The publication's official documents: the DOCX, and where LibreOffice is available the PDF with
/// the DOCX's table of contents numbered. The PDF is an extra: when LibreOffice fails, the build
/// warns and still writes the DOCX (with an unnumbered TOC that Word fills in on open).
/// </summary>
public static class OfficialDocuments
{
    public static IReadOnlyList<(string Extension, byte[] Bytes)> Write(DocxWriter writer, DocumentTree tree,
        DocumentProperties properties, LibreOffice? libreOffice, SourceLocation publication, DiagnosticBag diagnostics)
    {
        if (libreOffice is null) return [(".docx", writer.Write(tree, properties))];
        try
        {
            var paginated = PaginatedDocument.Make(writer, tree, properties, libreOffice);
            Report(paginated, publication, diagnostics);
            return [(".docx", paginated.Docx), (".pdf", paginated.Pdf)];
        }
        catch (Exception e) when (e is LibreOfficeException or IOException or Win32Exception)
        {
            diagnostics.Warning(publication, Codes.Output,
                Messages.Format("PP0401_Pdf", e.Message));
            return [(".docx", writer.Write(tree, properties))];
        }
    }

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
