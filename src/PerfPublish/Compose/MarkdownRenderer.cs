using System.Net;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PerfPublish.Diagnostics;
using MarkdownText = PerfPublish.Model.MarkdownText;

namespace PerfPublish.Compose;

/// <summary>
/// Turns an editor's Markdown into document markup. Only the prose subset (paragraphs, lists,
/// emphasis, line breaks, http/https/mailto links) is kept; the document's headings and tables
/// come from templates. Raw HTML is shown as text and everything else is reported, never passed on.
/// </summary>
public sealed class MarkdownRenderer(DiagnosticBag diagnostics)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public Markup Render(MarkdownText markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown.Text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit (thousands of '>' or '*'); no prose needs that.
            diagnostics.Error(SourceLocation.StartOf(markdown.File), Codes.Markup,
                Messages.Format("PP0302_Nested"));
            return new Markup("");
        }

        var html = new StringBuilder();
        var linked = document.Descendants<LinkInline>().Select(link => link.Reference).OfType<LinkReferenceDefinition>().ToHashSet();
        foreach (var block in document) WriteBlock(block, markdown.File, html, linked);
        return new Markup(html.ToString());
    }

    private void WriteBlock(Block block, string file, StringBuilder html, IReadOnlySet<LinkReferenceDefinition> linked)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                html.Append("<p>");
                WriteInlines(paragraph.Inline, file, html);
                html.Append("</p>\n");
                break;
            case ListBlock list:
                var tag = list.IsOrdered ? "ol" : "ul";
                html.Append('<').Append(tag).Append(">\n");
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    html.Append("<li>");
                    foreach (var child in item) WriteBlock(child, file, html, linked);
                    html.Append("</li>\n");
                }
                html.Append("</").Append(tag).Append(">\n");
                break;
            case HtmlBlock raw:
                Warn(file, raw, Messages.Format("PP0303"));
                html.Append("<p>").Append(Escape(raw.Lines.ToString())).Append("</p>\n");
                break;
            case LinkReferenceDefinitionGroup definitions:
                // A definition's address reaches the page through the links that use it (each reported); one
                // that no link uses would vanish without a word.
                foreach (var unused in definitions.OfType<LinkReferenceDefinition>().Where(d => !linked.Contains(d)))
                    diagnostics.Error(SourceLocation.At(file, unused), Codes.Markup, Messages.Format("PP0302_LinkDefinition", unused.Label, unused.Url));
                break;
            default:
                diagnostics.ErrorOf(SourceLocation.At(file, block), Codes.Markup, Describe(block));
                break;
        }
    }

    private void WriteInlines(ContainerInline? container, string file, StringBuilder html)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
            WriteInline(inline, file, html);
    }

    private void WriteInline(Inline inline, string file, StringBuilder html)
    {
        switch (inline)
        {
            case LiteralInline literal:
                html.Append(Escape(literal.Content.ToString()));
                break;
            case CodeInline code:
                html.Append(Escape(code.Content));
                break;
            case LineBreakInline lineBreak:
                html.Append(lineBreak.IsHard ? "<br>" : "\n");
                break;
            case HtmlInline raw:
                Warn(file, raw, Messages.Format("PP0303"));
                html.Append(Escape(raw.Tag));
                break;
            case HtmlEntityInline entity:
                html.Append(Escape(entity.Transcoded.ToString()));
                break;
            case LinkInline { Reference: { } definition } link:
                // [text][name] with "[name]: address" on a line of its own: the address is not where the link is.
                diagnostics.Error(SourceLocation.At(file, link), Codes.Markup, Messages.Format("PP0302_ReferenceLink", definition.Label));
                WriteInlines(link, file, html);
                break;
            case EmphasisInline emphasis:
                var tag = emphasis.DelimiterCount >= 2 ? "strong" : "em";
                html.Append('<').Append(tag).Append('>');
                WriteInlines(emphasis, file, html);
                html.Append("</").Append(tag).Append('>');
                break;
            case LinkInline { IsImage: false } link when IsSafe(link.Url):
                html.Append("<a href=\"").Append(Escape(link.Url!)).Append("\">");
                WriteInlines(link, file, html);
                html.Append("</a>");
                break;
            case LinkInline { IsImage: true } image:
                Warn(file, image, Messages.Format("PP0303_Image", image.Url));
                WriteInlines(image, file, html);
                break;
            case LinkInline link:
                Warn(file, link, Messages.Format("PP0303_Link", link.Url));
                WriteInlines(link, file, html);
                break;
            case AutolinkInline autolink:
                WriteAutolink(autolink, file, html);
                break;
            case ContainerInline container:
                WriteInlines(container, file, html);
                break;
            default:
                html.Append(Escape(inline.ToString() ?? ""));
                break;
        }
    }

    /// <summary>&lt;https://…&gt; and &lt;name@host&gt; are links like [text](url), with the same check of the address.</summary>
    private void WriteAutolink(AutolinkInline autolink, string file, StringBuilder html)
    {
        var href = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
        if (IsSafe(href))
        {
            html.Append("<a href=\"").Append(Escape(href)).Append("\">").Append(Escape(autolink.Url)).Append("</a>");
            return;
        }

        Warn(file, autolink, Messages.Format("PP0303_Link", autolink.Url));
        html.Append(Escape(autolink.Url));
    }

    private static bool IsSafe(string? url) => PerfPublish.Model.LinkTarget.IsSafe(url);

    private void Warn(string file, MarkdownObject node, string message) =>
        diagnostics.Warning(SourceLocation.At(file, node), Codes.UnsafeContent, message);

    private static string Describe(Block block) => block switch
    {
        HeadingBlock => Messages.Format("Block_Heading"),
        QuoteBlock => Messages.Format("Block_Quote"),
        CodeBlock => Messages.Format("Block_Code"),
        ThematicBreakBlock => Messages.Format("Block_Rule"),
        // Markdig's own name for a block means nothing to an editor; the location says where it is.
        _ => Messages.Format("Block_Other"),
    };

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
