using System.Collections.Immutable;
using System.Net;
using System.Text;
using PerfPublish.Model;

namespace PerfPublish.Write.Html;

/// <summary>
/// Serialises the document tree as HTML. Every text is escaped and every element and attribute is
/// one this class writes itself: nothing from content or templates is passed through.
/// </summary>
internal sealed class HtmlBody(DocumentTree tree, ColumnLayouts layouts, string? afterTitle = null)
{
    private readonly StringBuilder _html = new();
    private int _tables;

    public string Write()
    {
        foreach (var block in tree.Blocks) Block(block);
        return _html.ToString();
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case TitlePage title:
                _html.Append("<header class=\"title-page\">\n<h1>");
                Inlines(title.Title);
                _html.Append("</h1>\n");
                foreach (var line in title.Lines) _html.Append("<p class=\"subtitle\">").Append(Escape(line)).Append("</p>\n");
                _html.Append("</header>\n");
                // Web-only markup (the page's overview), already escaped by its writer, goes right below the title.
                _html.Append(afterTitle);
                break;
            case TableOfContents toc:
                TableOfContents(toc);
                break;
            case Heading heading:
                var tag = "h" + heading.Level;
                _html.Append('<').Append(tag).Append(" id=\"").Append(Escape(heading.Id)).Append('"');
                Classes(heading.NewPage ? "new-page" : null, heading.Role == HeadingRole.TableTitle ? "table-title" : null);
                _html.Append('>');
                Inlines(heading.Content);
                _html.Append("</").Append(tag).Append(">\n");
                break;
            case Paragraph paragraph:
                _html.Append("<p");
                Classes(paragraph.Centered ? "center" : null, paragraph.KeepWithNext ? "keep-with-next" : null);
                _html.Append('>');
                Inlines(paragraph.Content);
                _html.Append("</p>\n");
                break;
            case UnitLine line:
                _html.Append("<p class=\"unit-line\"><span>").Append(Escape(line.Left))
                    .Append("</span> <span>").Append(Escape(line.Right)).Append("</span></p>\n");
                break;
            case SignOffLine line:
                _html.Append("<p class=\"sign-off\">").Append(string.Join(" ", line.Parts.Select(part => $"<span>{Escape(part)}</span>"))).Append("</p>\n");
                break;
            case ListBlock list:
                List(list);
                break;
            case Table table:
                Table(table);
                break;
        }
    }

    private void TableOfContents(TableOfContents toc)
    {
        _html.Append("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">").Append(Escape(toc.Title)).Append("</h2>\n<ol>\n");
        var open = false;
        foreach (var heading in tree.Headings.Where(h => h.Level <= 3))
        {
            if (heading.Level == 2)
            {
                if (open) _html.Append("</ol></li>\n");
                _html.Append("<li>").Append(TocLink(heading)).Append("<ol>\n");
                open = true;
            }
            else
            {
                _html.Append("<li>").Append(TocLink(heading)).Append("</li>\n");
            }
        }

        if (open) _html.Append("</ol></li>\n");
        _html.Append("</ol>\n</nav>\n");
    }

    private static string TocLink(Heading heading) =>
        $"<a href=\"#{Escape(heading.Id)}\">{Escape(heading.PlainText)}</a>";

    private void List(ListBlock list)
    {
        var tag = list.Ordered ? "ol" : "ul";
        _html.Append('<').Append(tag).Append(">\n");
        foreach (var item in list.Items)
        {
            _html.Append("<li>");
            foreach (var block in item) Block(block);
            _html.Append("</li>\n");
        }
        _html.Append("</").Append(tag).Append(">\n");
    }

    /// <summary>
    /// A wide table scrolls inside its own focusable region (a section named by the caption, so a
    /// region landmark), never the page; keyboard users scroll it with the arrow keys once focused.
    /// </summary>
    private void Table(Table table)
    {
        var captionId = $"table-{++_tables}";
        var grid = TableGrid.Of(table);
        var widths = PageWidths(grid, table.ColumnWidths);
        var layout = layouts.ClassFor(widths);
        _html.Append("<section class=\"table-scroll\" tabindex=\"0\" aria-labelledby=\"").Append(captionId).Append("\">\n<table");
        Classes(table.Kind, layout);
        _html.Append(">\n<caption id=\"").Append(captionId).Append("\">").Append(Escape(table.Caption)).Append("</caption>\n");
        if (layout is not null)
            _html.Append("<colgroup>").Append(string.Concat(Enumerable.Repeat("<col>", widths.Length))).Append("</colgroup>\n");
        foreach (var section in table.Rows.Select((row, index) => (row, index)).GroupBy(r => r.row.IsHeader))
        {
            var tag = section.Key ? "thead" : "tbody";
            _html.Append('<').Append(tag).Append(">\n");
            foreach (var (row, index) in section) Row(row, index, grid);
            _html.Append("</").Append(tag).Append(">\n");
        }
        _html.Append("</table>\n</section>\n");
    }

    /// <summary>
    /// The form's grid has columns in which no cell begins (only spanning cells cross them). HTML counts
    /// such a column as an error, so the page leaves them out: each crossing cell spans one column less,
    /// and the column's width goes to the column before it, which keeps the table's proportions.
    /// </summary>
    private static int PageSpan(TableGrid grid, int row, int cell, int templateSpan)
    {
        var first = grid.Start(row, cell);
        return Enumerable.Range(first, Math.Max(1, templateSpan)).Count(grid.StartsIn);
    }

    /// <inheritdoc cref="PageSpan"/>
    private static ImmutableArray<int> PageWidths(TableGrid grid, ImmutableArray<int> templateWidths)
    {
        if (templateWidths.IsDefaultOrEmpty) return templateWidths;
        var widths = new List<int>();
        for (var column = 0; column < templateWidths.Length; column++)
        {
            if (grid.StartsIn(column) || widths.Count == 0) widths.Add(templateWidths[column]);
            else widths[^1] += templateWidths[column];
        }
        return [.. widths];
    }

    private void Row(TableRow row, int rowIndex, TableGrid grid)
    {
        _html.Append(row.KeepWithNext ? "<tr class=\"keep-with-next\">" : "<tr>");
        foreach (var (cell, cellIndex) in row.Cells.Select((c, i) => (c, i)))
        {
            var columnSpan = PageSpan(grid, rowIndex, cellIndex, cell.ColumnSpan);
            var tag = cell.IsHeader ? "th" : "td";
            _html.Append('<').Append(tag);
            if (cell.Scope is "row" or "col" or "rowgroup" or "colgroup") _html.Append(" scope=\"").Append(cell.Scope).Append('"');
            if (columnSpan > 1) _html.Append(" colspan=\"").Append(columnSpan).Append('"');
            if (cell.RowSpan > 1) _html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
            if (cell.Alignment == CellAlignment.Left) _html.Append(" class=\"text\"");
            _html.Append('>');
            CellContent(cell.Content);
            _html.Append("</").Append(tag).Append('>');
        }
        _html.Append("</tr>\n");
    }

    /// <summary>A cell with one paragraph holds its text directly; several paragraphs stay paragraphs.</summary>
    private void CellContent(IReadOnlyList<Block> content)
    {
        if (content is [Paragraph only]) Inlines(only.Content);
        else foreach (var block in content) Block(block);
    }

    private void Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text:
                    _html.Append(Escape(text.Value));
                    break;
                case LineBreak:
                    _html.Append("<br>");
                    break;
                case Span { Kind: SpanKind.Link } link:
                    _html.Append("<a href=\"").Append(Escape(link.Href!)).Append("\">");
                    Inlines(link.Content);
                    _html.Append("</a>");
                    break;
                case Span span:
                    var tag = span.Kind == SpanKind.Strong ? "strong" : "em";
                    _html.Append('<').Append(tag).Append('>');
                    Inlines(span.Content);
                    _html.Append("</").Append(tag).Append('>');
                    break;
            }
        }
    }

    /// <summary>A class attribute with the given classes, or nothing when there are none.</summary>
    private void Classes(params string?[] classes)
    {
        var present = classes.Where(c => !string.IsNullOrEmpty(c)).ToList();
        if (present.Count > 0) _html.Append(" class=\"").Append(Escape(string.Join(' ', present))).Append('"');
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
