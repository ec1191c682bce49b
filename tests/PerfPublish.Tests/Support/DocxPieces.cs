using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Tests.Support;

/// <summary>
/// A DOCX's text in reading order, as a layout has to show it: one piece per paragraph, or per stretch
/// between two tabs (a TOC entry's title and its page number, the unit line's two ends), with the
/// paragraph's style and, inside a table, which table of the body (counting from 1).
/// </summary>
public sealed record DocxPiece(string Text, string Style, int? Table);

public static class DocxPieces
{
    public static IReadOnlyList<DocxPiece> Of(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var tables = body.Elements<Table>().Select((table, index) => (table, index)).ToDictionary(t => t.table, t => t.index + 1);
        return body.Descendants<Paragraph>()
            .SelectMany(paragraph => Pieces(paragraph, TableOf(paragraph, tables)))
            .ToList();
    }

    private static IEnumerable<DocxPiece> Pieces(Paragraph paragraph, int? table)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        var text = string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar => "\t",
            Break => "\n",
            _ => "",
        }));
        return text.Split('\t').Where(piece => piece.Trim().Length > 0).Select(piece => new DocxPiece(piece, style, table));
    }

    private static int? TableOf(Paragraph paragraph, Dictionary<Table, int> tables) =>
        paragraph.Ancestors<Table>().LastOrDefault() is { } table && tables.TryGetValue(table, out var number) ? number : null;
}
