using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Tests.Support;

/// <summary>
/// A readable dump of a DOCX for snapshots: the styles, fonts, settings and footers it carries from
/// the reference document, then one line per paragraph with its style and text, tables as rows of
/// cells with their spans and merges, and the section's page setup.
/// </summary>
public static class DocxDump
{
    public static string Of(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        var dump = new StringBuilder();
        DocxPartsDump.Write(main, dump);
        dump.AppendLine("[body]");
        foreach (var element in main.Document.Body!.ChildElements) Element(element, dump, "");
        return dump.ToString();
    }

    private static void Element(OpenXmlElement element, StringBuilder dump, string indent)
    {
        switch (element)
        {
            case Paragraph paragraph:
                dump.Append(indent).AppendLine(Paragraph(paragraph));
                break;
            case Table table:
                Table(table, dump, indent);
                break;
            case SectionProperties section:
                var size = section.GetFirstChild<PageSize>();
                var margin = section.GetFirstChild<PageMargin>();
                dump.Append(indent).AppendLine(
                    $"[section] page {size?.Width}x{size?.Height}{Orientation(size)} margins top {margin?.Top} bottom {margin?.Bottom} left {margin?.Left} right {margin?.Right}" +
                    $" header {margin?.Header} footer {margin?.Footer}" +
                    $" footers {string.Join(",", section.Elements<FooterReference>().Select(f => f.Type?.ToString()))}" +
                    $" page-numbers-start {section.GetFirstChild<PageNumberType>()?.Start?.Value.ToString() ?? "-"}" +
                    $"{(section.GetFirstChild<TitlePage>() is null ? "" : " title-page")}" +
                    $" grid {section.GetFirstChild<DocGrid>()?.Type?.ToString() ?? "none"}");
                break;
        }
    }

    private static string Orientation(PageSize? size) =>
        size?.Orient?.Value == PageOrientationValues.Landscape ? " landscape" : "";

    private static string Paragraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var flags = new List<string> { properties?.ParagraphStyleId?.Val?.Value ?? "(no style)" };
        if (properties?.PageBreakBefore is not null) flags.Add("page-break-before");
        if (properties?.KeepNext is not null) flags.Add("keep-next");
        if (properties?.Justification?.Val is { } justification) flags.Add($"jc={justification}");
        foreach (var bookmark in paragraph.Elements<BookmarkStart>()) flags.Add($"bookmark={bookmark.Name}");
        foreach (var link in paragraph.Elements<Hyperlink>()) flags.Add($"link→{link.Anchor}");
        if (paragraph.Descendants<FieldCode>().Any())
            flags.Add("fields=" + string.Join("|", paragraph.Descendants<FieldCode>().Select(f => f.Text.Trim())));
        return $"P [{string.Join(" ", flags)}] {Runs(paragraph)}";
    }

    private static string Runs(OpenXmlElement container) => string.Concat(container.Descendants().Select(e => e switch
    {
        Text text when text.Parent?.GetFirstChild<RunProperties>() is { Bold: not null } => $"**{text.Text}**",
        Text text => text.Text,
        Break => "⏎",
        TabChar => "→",
        _ => "",
    }));

    private static void Table(Table table, StringBuilder dump, string indent)
    {
        var properties = table.GetFirstChild<TableProperties>();
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width?.Value);
        dump.Append(indent).AppendLine(
            $"TABLE style={properties?.TableStyle?.Val} width={properties?.TableWidth?.Width} layout={properties?.TableLayout?.Type} grid=[{string.Join(",", grid)}]");
        foreach (var row in table.Elements<TableRow>())
        {
            var rowFlags = new List<string>();
            if (row.TableRowProperties?.GetFirstChild<TableHeader>() is not null) rowFlags.Add("header-repeats");
            if (row.TableRowProperties?.GetFirstChild<CantSplit>() is not null) rowFlags.Add("cant-split");
            if (row.Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null)) rowFlags.Add("keep-with-next-row");
            dump.Append(indent).AppendLine($"  ROW [{string.Join(" ", rowFlags)}]");
            foreach (var cell in row.Elements<TableCell>())
            {
                var cellProperties = cell.TableCellProperties;
                var span = cellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = cellProperties?.VerticalMerge is { } vMerge ? $" vmerge={(vMerge.Val?.Value == MergedCellValues.Restart ? "restart" : "continue")}" : "";
                var text = string.Join(" / ", cell.Elements<Paragraph>().Select(Runs).Where(t => t.Length > 0));
                var style = cell.Elements<Paragraph>().FirstOrDefault()?.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                var jc = cell.Elements<Paragraph>().FirstOrDefault()?.ParagraphProperties?.Justification?.Val;
                dump.Append(indent).AppendLine($"    CELL w={cellProperties?.TableCellWidth?.Width} span={span}{merge} [{style} jc={jc}] {text}");
            }
        }
    }
}
