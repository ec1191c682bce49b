using System.Xml.Linq;
using PerfPublish.Diagnostics;

namespace PerfPublish.Import;

/// <summary>
/// Reads a checked package's main document into a <see cref="WordDocument"/>: the body's paragraphs
/// and tables in order. Relationships are only inspected, never followed: an external or absolute
/// target (a linked picture, a remote template, a UNC path) is reported and left alone, so reading
/// a file never makes a network request.
/// </summary>
public static class DocxReader
{
    private static readonly XNamespace W = SafeXml.W;

    public static WordDocument? Read(DocxPackage package, ImportReport report, ImportLimits limits)
    {
        var xml = new SafeXml(report, limits);
        var documentPart = package.DocumentPartName(xml);
        var bytes = package.ReadPart(documentPart);
        if (bytes is null)
        {
            if (!report.HasErrors) report.Error(Codes.ImportNotWord, "PP0601_NoDocument");
            return null;
        }

        var document = xml.Load(bytes, documentPart);
        if (document is null) return null;
        var folder = documentPart.Contains('/') ? documentPart[..documentPart.LastIndexOf('/')] : "";
        ReportRelationships(package, xml, report, folder, documentPart);
        var stylesBytes = package.ReadPart($"{folder}/styles.xml".TrimStart('/'));
        var styles = WordStyles.Read(stylesBytes is null ? null : xml.Load(stylesBytes, "styles.xml"));
        if (report.HasErrors) return null;

        var body = document.Root?.Element(W + "body");
        if (body is null)
        {
            report.Error(Codes.ImportNotWord, "PP0601_NoDocument");
            return null;
        }

        if (body.Descendants(W + "object").Any() || body.Descendants(W + "control").Any())
            report.Warning(Codes.ImportIgnored, "PP0603_Object", body.Descendants(W + "object").Count() + body.Descendants(W + "control").Count());
        ReportInvisible(body, report);
        var blocks = Blocks(body, styles, report, limits);
        ReportUnread(body, report);
        return new WordDocument(blocks);
    }

    private static List<WordBlock> Blocks(XElement body, WordStyles styles, ImportReport report, ImportLimits limits)
    {
        var blocks = new List<WordBlock>();
        int paragraphs = 0, tables = 0;
        foreach (var block in WordContent.Of(body))
        {
            if (block.Element.Name == W + "p") AddParagraph(block, styles, report, blocks, ref paragraphs);
            else if (block.Element.Name == W + "tbl") blocks.Add(new WordTable(++tables, TableReader.Read(block.Element, tables, block.Placeholder, report)));
        }

        return blocks;
    }

    /// <summary>
    /// A body paragraph, then the paragraphs of the text boxes anchored in it (a cover's title is often typed in one),
    /// each numbered as a body paragraph. A placeholder prompt is left out with a warning; a paragraph whose mark is a
    /// tracked deletion and that keeps no text is gone, as in Word once the changes are accepted.
    /// </summary>
    private static void AddParagraph(Accepted p, WordStyles styles, ImportReport report, List<WordBlock> blocks, ref int number)
    {
        var text = WordRuns.Read(p.Element, p.Placeholder);
        if (WordContent.MarkDeleted(p.Element) && text.Text.Trim(ImportText.Blanks).Length == 0 && text.Placeholder.Length == 0 && text.TextBoxes.Count == 0) return;
        var paragraph = Paragraph(p.Element, ++number, styles, text.Text);
        report.Ledger.Read(paragraph.Place, paragraph.Text);
        blocks.Add(paragraph);
        Placeholder(report, paragraph.Place, text.Placeholder);
        foreach (var box in text.TextBoxes)
        foreach (var inner in WordContent.Of(box).Where(b => b.Element.Name == W + "p" || b.Element.Name == W + "tbl"))
        foreach (var boxParagraph in inner.Element.Name == W + "p" ? [inner] : inner.Element.Descendants(W + "p").Select(e => new Accepted(e, inner.Placeholder)))
            AddParagraph(boxParagraph, styles, report, blocks, ref number);
    }

    /// <summary>A content control's prompt (单击或点击此处输入文字。) is no one's text: left out, said once per place, counted as the form's own words.</summary>
    public static void Placeholder(ImportReport report, string place, string prompt)
    {
        if (ImportLedger.Significant(prompt) == 0) return;
        report.Ledger.Read(place, prompt);
        report.Ledger.Account(place, prompt, new ToPrinted("placeholder"));
        report.WarningAt(place, Codes.ImportPlaceholder, "PP0612", FormMapper.Excerpt(ImportText.Clean(prompt)));
    }

    private static WordParagraph Paragraph(XElement p, int number, WordStyles styles, string text)
    {
        var properties = p.Element(W + "pPr");
        var style = styles[(string?)properties?.Element(W + "pStyle")?.Attribute(W + "val")];
        var outline = (string?)properties?.Element(W + "outlineLvl")?.Attribute(W + "val");
        var level = int.TryParse(outline, out var o) && o is >= 0 and < 9 ? o + 1 : style?.HeadingLevel;
        var numbering = properties?.Element(W + "numPr") is { } numPr
            ? new WordNumbering((string?)numPr.Element(W + "numId")?.Attribute(W + "val") ?? "",
                int.TryParse((string?)numPr.Element(W + "ilvl")?.Attribute(W + "val"), out var l) ? l : 0)
            : null;
        // The style's name, not its id: LibreOffice saves Word's "toc 2" with the id Contents2, WPS with a number.
        return new WordParagraph(number, text, WordRuns.Bold(p, style?.Bold ?? false), style?.Name, level, numbering);
    }

    /// <summary>
    /// Text standing where Word never puts it (inside a run's properties, a paragraph inside a paragraph): no reader takes
    /// it, so it is said in one warning with all of it, and counted as left out with that warning.
    /// </summary>
    private static void ReportUnread(XElement body, ImportReport report)
    {
        var text = string.Concat(WordRuns.Unread(body).Select(t => t.Value));
        if (ImportLedger.Significant(text) == 0) return;
        const string Place = "text outside any paragraph";
        report.Ledger.Read(Place, text);
        report.Ledger.Account(Place, text, new ToWarning(Codes.ImportIgnored));
        report.Warning(Codes.ImportIgnored, "PP0603_Unread", ImportText.Clean(text).Replace("\n", " "));
    }

    /// <summary>Invisible formatting characters (zero-width spaces, direction overrides) are removed as the text is read: said once, with how many of each.</summary>
    private static void ReportInvisible(XElement body, ImportReport report)
    {
        var removed = body.Descendants(W + "t").Where(t => !t.Ancestors().Any(a => a.Name == W + "del" || a.Name == W + "moveFrom"))
            .SelectMany(t => t.Value).Where(ImportText.IsInvisible).ToList();
        if (removed.Count > 0)
            report.Warning(Codes.ImportInvisible, "PP0615", removed.Count,
                string.Join(", ", removed.GroupBy(c => c).OrderBy(g => g.Key).Select(g => $"U+{(int)g.Key:X4} ×{g.Count()}")));
    }

    private static void ReportRelationships(DocxPackage package, SafeXml xml, ImportReport report, string folder, string documentPart)
    {
        var name = $"{folder}/_rels/{documentPart[(documentPart.LastIndexOf('/') + 1)..]}.rels".TrimStart('/');
        var bytes = package.ReadPart(name);
        if (bytes is null) return;
        var outside = xml.Relationships(bytes, name)
            .Where(r => r.External || DocxPackage.Resolve(folder, r.Target) is null)
            .Select(r => r.Target).Distinct(StringComparer.Ordinal).ToList();
        if (outside.Count > 0)
            report.Warning(Codes.ImportIgnored, "PP0603_External", outside.Count, string.Join(", ", outside.Take(3).Select(Shorten)));
    }

    private static string Shorten(string target) => target.Length <= 80 ? target : target[..77] + "...";
}
