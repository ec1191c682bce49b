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
        return new WordDocument(Blocks(body, styles));
    }

    private static List<WordBlock> Blocks(XElement body, WordStyles styles)
    {
        var blocks = new List<WordBlock>();
        int paragraphs = 0, tables = 0;
        // Content controls (w:sdt) wrap paragraphs and tables without changing what they are.
        foreach (var element in body.Elements().SelectMany(Unwrap))
        {
            if (element.Name == W + "p") blocks.Add(Paragraph(element, ++paragraphs, styles));
            else if (element.Name == W + "tbl") blocks.Add(new WordTable(++tables, TableReader.Read(element, tables)));
        }

        return blocks;
    }

    private static IEnumerable<XElement> Unwrap(XElement element) =>
        element.Name == W + "sdt" ? element.Element(W + "sdtContent")?.Elements().SelectMany(Unwrap) ?? [] : [element];

    private static WordParagraph Paragraph(XElement p, int number, WordStyles styles)
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
        return new WordParagraph(number, WordRuns.Text(p), WordRuns.Bold(p, style?.Bold ?? false), style?.Name, level, numbering);
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
