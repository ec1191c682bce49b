using DocumentFormat.OpenXml.Packaging;
using PerfPublish.Model;

namespace PerfPublish.Write.Docx;

/// <summary>Inline content as Word runs: bold and italic as run properties, links as hyperlinks, breaks as w:br.</summary>
internal sealed class DocxRuns(WordXml xml, MainDocumentPart main)
{
    private int _links;

    public void Plain(string text) => Run(text, bold: false, italic: false);

    public void Write(IEnumerable<Inline> inlines, bool bold = false, bool italic = false)
    {
        foreach (var inline in inlines) Write(inline, bold, italic);
    }

    private void Write(Inline inline, bool bold, bool italic)
    {
        switch (inline)
        {
            case Model.Text text: Run(text.Value, bold, italic); break;
            case LineBreak: xml.Run("br"); break;
            case Span { Kind: SpanKind.Strong } span: Write(span.Content, true, italic); break;
            case Span { Kind: SpanKind.Emphasis } span: Write(span.Content, bold, true); break;
            case Span { Kind: SpanKind.Link } span: Link(span, bold, italic); break;
        }
    }

    private void Link(Span link, bool bold, bool italic)
    {
        var href = link.Href!;
        xml.Start("hyperlink");
        if (href.StartsWith('#')) xml.Attribute("anchor", DocxBookmarks.Name(href[1..]));
        // Explicit ids: the SDK would otherwise make random ones and the file would differ on every build.
        else if (Uri.TryCreate(href, UriKind.Absolute, out var target)) xml.RelationshipId(main.AddHyperlinkRelationship(target, true, $"rIdLink{++_links}").Id);
        Write(link.Content, bold, italic);
        xml.End();
    }

    private void Run(string text, bool bold, bool italic)
    {
        xml.Start("r");
        if (bold || italic)
        {
            xml.Start("rPr");
            if (bold) xml.Empty("b");
            if (italic) xml.Empty("i");
            xml.End();
        }

        xml.Text("t", text);
        xml.End();
    }
}
