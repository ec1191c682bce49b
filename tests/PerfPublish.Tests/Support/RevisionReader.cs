using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Tests.Support;

/// <summary>
/// Reads a Word file with tracked revisions as it reads after Accept All or Reject All, in the shape
/// <see cref="DocxText"/> reads a plain one (a line per paragraph, table cells included), written from the
/// WordprocessingML rules independently of the code that makes the revisions:
/// accepting drops w:del runs and rows whose w:trPr has w:del and keeps w:ins; rejecting does the reverse,
/// reading w:delText as text. A paragraph whose mark goes (w:pPr/w:rPr/w:del on accept, w:ins on reject)
/// joins the next paragraph of its container; a mark that goes at a container's end, or before a table with
/// text still to join, is no document Word can make, and fails the test.
/// </summary>
public static class RevisionReader
{
    public static string Accepted(byte[] docx) => Read(docx, accept: true);

    public static string Rejected(byte[] docx) => Read(docx, accept: false);

    private static string Read(byte[] docx, bool accept)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = new StringBuilder();
        Container(document.MainDocumentPart!.Document.Body!, accept, text);
        return text.ToString();
    }

    private static void Container(OpenXmlElement container, bool accept, StringBuilder lines)
    {
        string? carried = null;
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    var text = (carried ?? "") + Text(paragraph, accept);
                    if (MarkGoes(paragraph, accept)) carried = text;
                    else
                    {
                        lines.AppendLine(text);
                        carried = null;
                    }
                    break;
                case Table table:
                    Assert.True(string.IsNullOrEmpty(carried), $"text '{carried}' would join a table");
                    carried = null;
                    foreach (var row in table.Elements<TableRow>().Where(r => !RowGoes(r, accept)))
                        foreach (var cell in row.Elements<TableCell>()) Container(cell, accept, lines);
                    break;
            }
        }
        Assert.True(carried is null, $"the last paragraph mark of a {container.LocalName} goes (its text: '{carried}')");
    }

    private static bool MarkGoes(Paragraph paragraph, bool accept)
    {
        var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
        return accept ? mark?.GetFirstChild<Deleted>() is not null : mark?.GetFirstChild<Inserted>() is not null;
    }

    private static bool RowGoes(TableRow row, bool accept)
    {
        var properties = row.GetFirstChild<TableRowProperties>();
        return accept ? properties?.GetFirstChild<Deleted>() is not null : properties?.GetFirstChild<Inserted>() is not null;
    }

    /// <summary>The paragraph's text on the chosen side: w:t outside what goes, and on reject the w:delText of deletions.</summary>
    private static string Text(Paragraph paragraph, bool accept) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        Text t => Inside(t, accept ? typeof(DeletedRun) : typeof(InsertedRun)) ? "" : t.Text,
        DeletedText d => accept ? "" : d.Text,
        _ => "",
    }));

    private static bool Inside(OpenXmlElement element, Type wrapper) => element.Ancestors().Any(wrapper.IsInstanceOfType);
}
