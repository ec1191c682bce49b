using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Model;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PerfPublish.Write.Docx;

/// <summary>Inline content as Word runs: bold and italic as run properties, links as hyperlinks, breaks as w:br.</summary>
internal sealed class DocxRuns(MainDocumentPart main)
{
    private int _links;

    public static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public IEnumerable<OpenXmlElement> From(IEnumerable<Inline> inlines, bool bold = false, bool italic = false) =>
        inlines.SelectMany(inline => From(inline, bold, italic)).ToList();

    private IEnumerable<OpenXmlElement> From(Inline inline, bool bold, bool italic) => inline switch
    {
        Model.Text text => [Styled(Plain(text.Value), bold, italic)],
        LineBreak => [new Run(new Break())],
        Span { Kind: SpanKind.Strong } span => From(span.Content, true, italic),
        Span { Kind: SpanKind.Emphasis } span => From(span.Content, bold, true),
        Span { Kind: SpanKind.Link } span => [Link(span, bold, italic)],
        _ => [],
    };

    private OpenXmlElement Link(Span link, bool bold, bool italic)
    {
        var runs = From(link.Content, bold, italic);
        var href = link.Href!;
        if (href.StartsWith('#')) return new Hyperlink(runs) { Anchor = DocxBookmarks.Name(href[1..]) };
        if (!Uri.TryCreate(href, UriKind.Absolute, out var target)) return new Hyperlink(runs) { Anchor = null };
        // Explicit ids: the SDK would otherwise make random ones and the file would differ on every build.
        var relationship = main.AddHyperlinkRelationship(target, true, $"rIdLink{++_links}");
        return new Hyperlink(runs) { Id = relationship.Id };
    }

    private static Run Styled(Run run, bool bold, bool italic)
    {
        if (!bold && !italic) return run;
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        run.PrependChild(properties);
        return run;
    }
}
