using System.Globalization;
using Model = PerfPublish.Model;

namespace PerfPublish.Write.Docx;

/// <summary>
/// A TOC field whose result is already written: one hyperlinked entry per part, section and project
/// table, pointing at the heading's bookmark, with a PAGEREF for its page number. Word and LibreOffice
/// show the entries as they are; updating the field only refreshes the page numbers. The PAGEREF
/// results hold the page numbers when a layout found them, and are empty otherwise. Without the TOC field
/// around them (<c>asField</c> false, the document LibreOffice lays out) the PAGEREFs are live fields, which
/// LibreOffice fills in from the layout it prints; inside it, it shows the results as written.
/// </summary>
internal static class DocxTableOfContents
{
    public const int DeepestLevel = 3;

    public static void Write(DocxBlocks blocks, Model.TableOfContents toc, IEnumerable<Model.Heading> headings, PageNumbers? pages, bool asField)
    {
        var entries = headings.Where(h => h.Level <= DeepestLevel).ToList();
        blocks.Paragraph(new ParagraphLook("TOCHeading", PageBreakBefore: true), () => blocks.Runs.Plain(toc.Title));

        for (var i = 0; i < entries.Count; i++)
        {
            var (entry, first, last) = (entries[i], i == 0, i == entries.Count - 1);
            blocks.Paragraph(new ParagraphLook($"TOC{entry.Level - 1}"), () =>
            {
                if (first && asField) FieldStart(blocks.Xml, @" TOC \o ""1-2"" \h \z \u ");
                Entry(blocks, entry, pages?.Of(entry.Id));
                if (last && asField) FieldChar(blocks.Xml, "end");
            });
        }
    }

    private static void Entry(DocxBlocks blocks, Model.Heading heading, int? page)
    {
        var (xml, bookmark) = (blocks.Xml, DocxBookmarks.Name(heading.Id));
        xml.Start("hyperlink");
        xml.Attribute("history", "true");
        xml.Attribute("anchor", bookmark);
        blocks.Runs.Plain(heading.PlainText);
        xml.Run("tab");
        FieldStart(xml, $" PAGEREF {bookmark} \\h ");
        if (page is not null) blocks.Runs.Plain(page.Value.ToString(CultureInfo.InvariantCulture));
        FieldChar(xml, "end");
        xml.End();
    }

    private static void FieldStart(WordXml xml, string instruction)
    {
        FieldChar(xml, "begin");
        xml.Start("r");
        xml.Text("instrText", instruction);
        xml.End();
        FieldChar(xml, "separate");
    }

    private static void FieldChar(WordXml xml, string type) => xml.Run("fldChar", "fldCharType", type);
}
