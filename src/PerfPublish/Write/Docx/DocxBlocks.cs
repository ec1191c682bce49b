using DocumentFormat.OpenXml.Packaging;
using Model = PerfPublish.Model;

namespace PerfPublish.Write.Docx;

/// <summary>
/// Each kind of document block as Word paragraphs and tables, with a named style from the reference document
/// for every paragraph; no font, size or spacing is set here, so a restyle in reference.docx rules.
/// </summary>
internal sealed class DocxBlocks
{
    private readonly WordXml _xml;
    private readonly DocxRuns _runs;
    private readonly DocxTables _tables;
    private readonly Model.DocumentTree _tree;
    private readonly PageNumbers? _pages;
    private readonly bool _tocField;
    private readonly DocxSignOff _signOff;
    private int _bookmarks;

    public DocxBlocks(WordXml xml, MainDocumentPart main, Model.DocumentTree tree, ReferenceLayout layout, PageNumbers? pages, bool tocField)
    {
        _xml = xml;
        _tocField = tocField;
        _runs = new DocxRuns(xml, main);
        _tables = new DocxTables(this, xml, layout.Area);
        _tree = tree;
        _pages = pages;
        _signOff = new DocxSignOff(layout.Area.Width, layout.UnitLineEm);
    }

    public DocxRuns Runs => _runs;

    public WordXml Xml => _xml;

    /// <summary>
    /// Set while a table row that stays with the next one is written: Word keeps a row on the page of the next
    /// when every paragraph in it has w:keepNext.
    /// </summary>
    public bool KeepWithNext { get; set; }

    /// <summary>The blocks in order, with a "Table Gap" paragraph between two tables that follow each other, so they stay two tables.</summary>
    public void WriteBody(IEnumerable<Model.Block> blocks)
    {
        var afterTable = false;
        foreach (var block in blocks)
        {
            if (afterTable && block is Model.Table) Paragraph(new ParagraphLook("TableGap"));
            var before = _xml.Children;
            Write(block);
            if (_xml.Children != before) afterTable = block is Model.Table;
        }
    }

    public void Write(Model.Block block)
    {
        switch (block)
        {
            case Model.TitlePage title: TitlePage(title); break;
            case Model.TableOfContents toc: DocxTableOfContents.Write(this, toc, _tree.Headings, _pages, _tocField); break;
            case Model.Heading heading: Heading(heading); break;
            case Model.Paragraph paragraph: Line(paragraph); break;
            case Model.UnitLine line: UnitLine(line); break;
            case Model.SignOffLine line: _signOff.Write(this, line); break;
            case Model.ListBlock list: List(list, "Normal"); break;
            case Model.Table table: _tables.Write(table); break;
        }
    }

    /// <summary>Cell content: paragraphs in the table text style, aligned as the markup asks.</summary>
    public void InCell(IEnumerable<Model.Block> content, string justification)
    {
        foreach (var block in content)
        {
            if (block is Model.Paragraph paragraph) Paragraph(new ParagraphLook("TableText", justification), paragraph.Content);
            else if (block is Model.ListBlock list) List(list, "TableText");
            else Write(block);
        }
    }

    /// <summary>A paragraph: its properties (w:pPr) in the schema's order, then what <paramref name="content"/> writes.</summary>
    public void Paragraph(ParagraphLook look, Action? content = null)
    {
        _xml.Start("p");
        var keepNext = look.KeepNext || KeepWithNext;
        if (look.Style is not null || keepNext)
        {
            _xml.Start("pPr");
            if (look.Style is not null) _xml.Empty("pStyle", "val", look.Style);
            if (keepNext) _xml.Empty("keepNext");
            if (look.PageBreakBefore) _xml.Empty("pageBreakBefore");
            if (look.TabStops is { Count: > 0 } stops)
            {
                _xml.Start("tabs");
                foreach (var stop in stops) _xml.Empty("tab", "val", "left", "pos", stop.ToString(System.Globalization.CultureInfo.InvariantCulture));
                _xml.End();
            }

            if (look.NoFirstLineIndent) _xml.Empty("ind", "firstLine", "0", "firstLineChars", "0");
            if (look.Justification is not null) _xml.Empty("jc", "val", look.Justification);
            _xml.End();
        }

        content?.Invoke();
        _xml.End();
    }

    private void Paragraph(ParagraphLook look, IEnumerable<Model.Inline> content) => Paragraph(look, () => _runs.Write(content));

    /// <summary>A body paragraph; a centred one without the body's first-line indent, so it sits in the middle.</summary>
    private void Line(Model.Paragraph paragraph) => Paragraph(
        new ParagraphLook("Normal", paragraph.Centered ? "center" : null, paragraph.KeepWithNext, NoFirstLineIndent: paragraph.Centered), paragraph.Content);

    private void UnitLine(Model.UnitLine line) => Paragraph(new ParagraphLook("UnitLine"), () =>
    {
        _runs.Plain(line.Left);
        _xml.Run("tab");
        _runs.Plain(line.Right);
    });

    private void TitlePage(Model.TitlePage title)
    {
        Paragraph(new ParagraphLook("Title"), title.Title);
        foreach (var line in title.Lines) Paragraph(new ParagraphLook("Subtitle"), () => _runs.Plain(line));
    }

    private void Heading(Model.Heading heading)
    {
        var style = heading.Role == Model.HeadingRole.TableTitle ? "TableTitle" : $"Heading{heading.Level - 1}";
        Paragraph(new ParagraphLook(style, PageBreakBefore: heading.NewPage), () =>
        {
            var id = (++_bookmarks).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _xml.Empty("bookmarkStart", "name", DocxBookmarks.Name(heading.Id), "id", id);
            _runs.Write(heading.Content);
            _xml.Empty("bookmarkEnd", "id", id);
        });
    }

    /// <summary>List items as paragraphs with their number or bullet written out, so no numbering part is needed.</summary>
    private void List(Model.ListBlock list, string style)
    {
        for (var index = 0; index < list.Items.Length; index++)
        {
            var item = list.Items[index];
            for (var blockIndex = 0; blockIndex < item.Length; blockIndex++)
            {
                if (item[blockIndex] is not Model.Paragraph paragraph)
                {
                    Paragraph(new ParagraphLook(null));
                    continue;
                }

                var marker = blockIndex == 0 ? (list.Ordered ? $"{index + 1}." : "• ") : null;
                Paragraph(new ParagraphLook(style), () =>
                {
                    if (marker is not null) _runs.Plain(marker);
                    _runs.Write(paragraph.Content);
                });
            }
        }
    }
}

/// <summary>A paragraph's properties as this writer sets them; <see cref="Style"/> null for a bare paragraph.</summary>
internal readonly record struct ParagraphLook(
    string? Style,
    string? Justification = null,
    bool KeepNext = false,
    bool NoFirstLineIndent = false,
    bool PageBreakBefore = false,
    IReadOnlyList<int>? TabStops = null);
