using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
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

    public static IEnumerable<OpenXmlElement> Write(Model.TableOfContents toc, IEnumerable<Model.Heading> headings, PageNumbers? pages, bool asField)
    {
        var entries = headings.Where(h => h.Level <= DeepestLevel).ToList();
        yield return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "TOCHeading" }, new PageBreakBefore()),
            DocxRuns.Plain(toc.Title));

        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"TOC{entries[i].Level - 1}" }));
            if (i == 0 && asField) paragraph.Append(FieldStart(@" TOC \o ""1-2"" \h \z \u "));
            paragraph.Append(Entry(entries[i], pages?.Of(entries[i].Id)));
            if (i == entries.Count - 1 && asField) paragraph.Append(FieldChar(FieldCharValues.End));
            yield return paragraph;
        }
    }

    private static Hyperlink Entry(Model.Heading heading, int? page)
    {
        var bookmark = DocxBookmarks.Name(heading.Id);
        var entry = new Hyperlink(
            DocxRuns.Plain(heading.PlainText),
            new Run(new TabChar()),
            FieldChar(FieldCharValues.Begin),
            new Run(new FieldCode($" PAGEREF {bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
            FieldChar(FieldCharValues.Separate))
        { Anchor = bookmark, History = true };
        if (page is not null) entry.Append(DocxRuns.Plain(page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        entry.Append(FieldChar(FieldCharValues.End));
        return entry;
    }

    private static IEnumerable<OpenXmlElement> FieldStart(string instruction) =>
    [
        FieldChar(FieldCharValues.Begin),
        new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
        FieldChar(FieldCharValues.Separate),
    ];

    private static Run FieldChar(FieldCharValues type) => new(new FieldChar { FieldCharType = type });
}
