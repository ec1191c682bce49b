using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Model = PerfPublish.Model;

namespace PerfPublish.Write.Docx;

/// <summary>
/// Each kind of document block as Word elements, with a named style from the reference document
/// for every paragraph; no font, size or spacing is set here, so a restyle in reference.docx rules.
/// </summary>
internal sealed class DocxBlocks
{
    private readonly DocxRuns _runs;
    private readonly DocxTables _tables;
    private readonly Model.DocumentTree _tree;
    private readonly PageNumbers? _pages;
    private readonly bool _tocField;
    private readonly DocxSignOff _signOff;
    private int _bookmarks;

    public DocxBlocks(MainDocumentPart main, Model.DocumentTree tree, TypeArea area, PageNumbers? pages, bool tocField)
    {
        _tocField = tocField;
        _runs = new DocxRuns(main);
        _tables = new DocxTables(this, area);
        _tree = tree;
        _pages = pages;
        _signOff = DocxSignOff.For(main, area.Width);
    }

    public IEnumerable<OpenXmlElement> Write(Model.Block block) => block switch
    {
        Model.TitlePage title => TitlePage(title),
        Model.TableOfContents toc => DocxTableOfContents.Write(toc, _tree.Headings, _pages, _tocField),
        Model.Heading heading => [Heading(heading)],
        Model.Paragraph paragraph => [Line(paragraph)],
        Model.UnitLine line => [Styled("UnitLine", [DocxRuns.Plain(line.Left), new Run(new TabChar()), DocxRuns.Plain(line.Right)])],
        Model.SignOffLine line => [_signOff.Write(line)],
        Model.ListBlock list => List(list, "Normal"),
        Model.Table table => [_tables.Write(table)],
        _ => [],
    };

    /// <summary>Cell content: paragraphs in the table text style, aligned as the markup asks.</summary>
    public IEnumerable<OpenXmlElement> InCell(IEnumerable<Model.Block> content, JustificationValues justification) =>
        content.SelectMany(block => block switch
        {
            Model.Paragraph paragraph => [Styled("TableText", _runs.From(paragraph.Content), justification)],
            Model.ListBlock list => List(list, "TableText"),
            _ => Write(block),
        });

    /// <summary>A body paragraph; a centred one without the body's first-line indent, so it sits in the middle.</summary>
    private Paragraph Line(Model.Paragraph paragraph)
    {
        var result = Styled("Normal", _runs.From(paragraph.Content), paragraph.Centered ? JustificationValues.Center : null);
        var properties = result.ParagraphProperties!;
        if (paragraph.KeepWithNext) properties.InsertAfter(new KeepNext(), properties.ParagraphStyleId);
        if (paragraph.Centered) properties.InsertBefore(new Indentation { FirstLine = "0", FirstLineChars = 0 }, properties.Justification);
        return result;
    }

    private IEnumerable<OpenXmlElement> TitlePage(Model.TitlePage title) =>
    [
        Styled("Title", _runs.From(title.Title)),
        .. title.Lines.Select(line => Styled("Subtitle", [DocxRuns.Plain(line)])),
    ];

    private Paragraph Heading(Model.Heading heading)
    {
        var style = heading.Role == Model.HeadingRole.TableTitle ? "TableTitle" : $"Heading{heading.Level - 1}";
        var paragraph = Styled(style, []);
        if (heading.NewPage) paragraph.ParagraphProperties!.Append(new PageBreakBefore());
        var id = (++_bookmarks).ToString();
        paragraph.Append(new BookmarkStart { Id = id, Name = DocxBookmarks.Name(heading.Id) });
        paragraph.Append(_runs.From(heading.Content));
        paragraph.Append(new BookmarkEnd { Id = id });
        return paragraph;
    }

    /// <summary>List items as paragraphs with their number or bullet written out, so no numbering part is needed.</summary>
    private IEnumerable<OpenXmlElement> List(Model.ListBlock list, string style) =>
        list.Items.SelectMany((item, index) => item.Select((block, blockIndex) => block is Model.Paragraph paragraph
            ? Styled(style, blockIndex == 0
                ? _runs.From(paragraph.Content).Prepend(DocxRuns.Plain(list.Ordered ? $"{index + 1}." : "• "))
                : _runs.From(paragraph.Content))
            : (OpenXmlElement)new Paragraph()));

    private static Paragraph Styled(string style, IEnumerable<OpenXmlElement> content, JustificationValues? justification = null)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (justification is not null) properties.Append(new Justification { Val = justification });
        return new Paragraph(content.Prepend(properties));
    }
}
