using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Tests.Support;

/// <summary>Reads a DOCX the way a reviewer sees it: the text of every paragraph and table cell.</summary>
public static class DocxText
{
    public static string Of(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = new StringBuilder();
        foreach (var paragraph in document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>())
            text.AppendLine(string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)));
        return text.ToString();
    }
}
