using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Parse;

/// <summary>
/// Parses composed document markup into the typed <see cref="DocumentTree"/>. The markup is a small
/// subset of HTML (docs/markup.md); any element, attribute or class outside it is an error that names
/// the template, so a template mistake can never pass through to an output.
/// </summary>
public sealed class MarkupParser(string templateFile, DiagnosticBag diagnostics)
{
    private static readonly HtmlParser Html = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>The tree, read without a DOM where the markup keeps to the subset plainly (MarkupReader), else as a browser reads it.</summary>
    public DocumentTree Parse(string markup) => MarkupReader.Read(markup) ?? ParseDocument(markup);

    /// <summary>Reads the markup into an HTML document first: repairs as a browser would, and says where each element outside the subset is.</summary>
    public DocumentTree ParseDocument(string markup)
    {
        var document = Html.ParseDocument(markup);
        return new DocumentTree([.. Blocks(document.Body!)]);
    }

    private IEnumerable<Block> Blocks(IElement parent)
    {
        foreach (var node in parent.ChildNodes)
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data)) StrayText(parent, text.Data);
            if (node is not IElement element) continue;
            var block = Block(element);
            if (block is not null) yield return block;
        }
    }

    /// <summary>Text between blocks would be lost by every writer, so it is an error, not a silent drop.</summary>
    private void StrayText(IElement parent, string text)
    {
        var excerpt = text.Trim();
        if (excerpt.Length > 40) excerpt = excerpt[..40] + "…";
        Reject(parent, Messages.Format("PP0302_StrayText", excerpt));
    }

    private Block? Block(IElement element) => element.LocalName switch
    {
        "header" => Allowed(element, [], ["title-page"]) ? TitlePage(element) : null,
        "nav" => Allowed(element, [], ["toc"]) ? new TableOfContents(element.TextContent.Trim()) : null,
        "h2" or "h3" or "h4" => Allowed(element, ["id"], ["new-page", "table-title"]) ? Heading(element) : null,
        "p" when element.ClassName == "unit-line" => UnitLine(element),
        "p" when element.ClassName == "sign-off" => SignOffLine(element),
        "p" => Allowed(element, [], ["center", "keep-with-next"]) ? LineParagraph(element) : null,
        "ul" or "ol" => Allowed(element, [], []) ? List(element) : null,
        "table" => Allowed(element, [], ["project-form", "indicators"]) ? Table(element) : null,
        _ => Reject(element),
    };

    private TitlePage TitlePage(IElement header)
    {
        var h1 = header.QuerySelector("h1");
        ImmutableArray<Inline> title = h1 is null ? [] : Inlines(h1);
        var lines = header.QuerySelectorAll("p.subtitle").Select(p => p.TextContent.Trim());
        foreach (var other in header.Children.Where(c => c.LocalName != "h1" && !(c.LocalName == "p" && c.ClassName == "subtitle")))
            Reject(other);
        return new TitlePage(title, [.. lines]);
    }

    private Heading Heading(IElement element)
    {
        var level = element.LocalName[1] - '0';
        var role = element.ClassList.Contains("table-title") ? HeadingRole.TableTitle : HeadingRole.Heading;
        return new Heading(level, element.Id ?? "", role, element.ClassList.Contains("new-page"), Inlines(element));
    }

    private Block? UnitLine(IElement element)
    {
        var spans = element.Children.Where(c => c.LocalName == "span").ToList();
        if (spans.Count == 2 && element.Children.Length == 2)
            return new UnitLine(spans[0].TextContent.Trim(), spans[1].TextContent.Trim());
        return Reject(element, Messages.Format("PP0302_UnitLine"));
    }

    private Paragraph LineParagraph(IElement element) => new(Inlines(element))
    {
        Centered = element.ClassList.Contains("center"),
        KeepWithNext = element.ClassList.Contains("keep-with-next"),
    };

    /// <summary>A sign-off line: one or more spans of text, nothing else.</summary>
    private Block? SignOffLine(IElement element)
    {
        if (!Allowed(element, [], ["sign-off"])) return null;
        var spans = element.Children.Where(c => c.LocalName == "span").ToList();
        if (spans.Count >= 1 && spans.Count == element.Children.Length &&
            element.ChildNodes.OfType<IText>().All(t => string.IsNullOrWhiteSpace(t.Data)) && spans.All(s => s.Attributes.Length == 0))
            return new SignOffLine([.. spans.Select(s => s.TextContent.Trim())]);
        return Reject(element, Messages.Format("PP0302_SignOff"));
    }

    private ListBlock List(IElement element)
    {
        var items = element.Children.Where(c => c.LocalName == "li" || Reject(c) is not null)
            .Select(li => Contents(li))
            .ToImmutableArray();
        return new ListBlock(element.LocalName == "ol", items);
    }

    private Table? Table(IElement table)
    {
        var widths = table.QuerySelectorAll("colgroup > col")
            .Select(col => int.TryParse(col.GetAttribute("data-width"), NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : 1)
            .ToImmutableArray();
        var caption = table.QuerySelector("caption")?.TextContent.Trim() ?? "";
        var rows = new List<TableRow>();
        foreach (var section in table.Children)
        {
            switch (section.LocalName)
            {
                case "caption" or "colgroup":
                    break;
                case "thead" or "tbody":
                    rows.AddRange(section.Children.Select(tr => Row(tr, section.LocalName == "thead")).OfType<TableRow>());
                    break;
                default:
                    Reject(section);
                    break;
            }
        }

        var parsed = new Table(table.ClassName ?? "", caption, widths, [.. rows]);
        var columns = TableGrid.Of(parsed).Columns;
        // A cell past the last width would have no column in the Word file: an error, not a cell silently left out.
        if (widths.IsEmpty || columns <= widths.Length) return parsed;
        Reject(table, Messages.Format("PP0302_TableWider", columns, widths.Length));
        return null;
    }

    private TableRow? Row(IElement tr, bool isHeader)
    {
        if (tr.LocalName != "tr")
        {
            Reject(tr);
            return null;
        }

        if (!Allowed(tr, [], ["keep-with-next"])) return null;
        var cells = tr.Children
            .Where(c => (c.LocalName is "th" or "td" && Allowed(c, ["colspan", "rowspan", "scope"], ["text"])) || Reject(c) is not null)
            .Select(Cell);
        return new TableRow(isHeader, [.. cells]) { KeepWithNext = tr.ClassList.Contains("keep-with-next") };
    }

    private TableCell Cell(IElement cell) => new(
        cell.LocalName == "th",
        cell.GetAttribute("scope"),
        Span(cell, "colspan"),
        Span(cell, "rowspan"),
        cell.ClassList.Contains("text") ? CellAlignment.Left : CellAlignment.Center,
        Contents(cell));

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span > 0 ? span : 1;

    /// <summary>A cell or list item holds either blocks or bare inline text (then one paragraph).</summary>
    private ImmutableArray<Block> Contents(IElement element) =>
        element.Children.Any(c => c.LocalName is "p" or "ul" or "ol")
            ? [.. Blocks(element)]
            : [new Paragraph(Inlines(element))];

    private ImmutableArray<Inline> Inlines(IElement element) =>
        [.. InlineText.Normalize(element.ChildNodes.SelectMany(Inline))];

    private IEnumerable<Inline> Inline(INode node)
    {
        if (node is IText text) return [new Text(text.Data)];
        if (node is not IElement element) return [];
        return element.LocalName switch
        {
            "br" => Allowed(element, [], []) ? [new LineBreak()] : [],
            "strong" => Allowed(element, [], []) ? [new Span(SpanKind.Strong, Inlines(element))] : [],
            "em" => Allowed(element, [], []) ? [new Span(SpanKind.Emphasis, Inlines(element))] : [],
            "a" => Allowed(element, ["href"], []) && SafeHref(element)
                ? [new Span(SpanKind.Link, Inlines(element), element.GetAttribute("href"))]
                : Inlines(element),
            _ => RejectInline(element),
        };
    }

    private bool SafeHref(IElement link)
    {
        var href = link.GetAttribute("href") ?? "";
        if (LinkTarget.IsSafe(href) || LinkTarget.IsWithinDocument(href)) return true;
        Reject(link, Messages.Format("PP0302_LinkTarget", href));
        return false;
    }

    /// <summary>True when the element has only the attributes and classes the subset gives it.</summary>
    private bool Allowed(IElement element, string[] attributes, string[] classes)
    {
        var badAttribute = element.Attributes.FirstOrDefault(a => a.Name != "class" && !attributes.Contains(a.Name));
        if (badAttribute is not null)
        {
            Reject(element, Messages.Format("PP0302_Attribute", badAttribute.Name, element.LocalName));
            return false;
        }

        var badClass = element.ClassList.FirstOrDefault(c => !classes.Contains(c));
        if (badClass is null) return true;
        Reject(element, Messages.Format("PP0302_Class", badClass, element.LocalName));
        return false;
    }

    private IEnumerable<Inline> RejectInline(IElement element)
    {
        Reject(element);
        return [];
    }

    private Block? Reject(IElement element, string? why = null)
    {
        var position = element.SourceReference?.Position;
        diagnostics.Error(SourceLocation.StartOf(templateFile), Codes.Markup,
            Messages.Format("PP0302_Markup", element.LocalName, position?.Line, position?.Column, why ?? Messages.Format("PP0302_NotInSubset")));
        return null;
    }
}
