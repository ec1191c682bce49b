using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Tests.Support;

/// <summary>
/// The parts of a DOCX around its body, one line per item: styles with their fonts, sizes, spacing
/// and pagination, the font table's fallbacks, the settings, and each footer. A change to
/// reference.docx shows up in the DOCX snapshot through these lines.
/// </summary>
public static class DocxPartsDump
{
    public static void Write(MainDocumentPart main, StringBuilder dump)
    {
        dump.AppendLine("[styles]");
        var styles = main.StyleDefinitionsPart?.Styles;
        if (styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle is { } defaults)
            dump.AppendLine($"  (defaults) {Run(defaults)}");
        if (styles?.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle is { } paragraphDefaults)
            dump.AppendLine($"  (paragraph defaults) {ParagraphProperties(paragraphDefaults)}");
        foreach (var style in styles?.Elements<Style>() ?? []) dump.AppendLine($"  {Style(style)}");

        dump.AppendLine("[fonts]");
        foreach (var font in main.FontTablePart?.Fonts?.Elements<Font>() ?? [])
            dump.AppendLine($"  {font.Name} alt={font.AltName?.Val?.Value ?? "-"} charset={font.FontCharSet?.Val?.Value ?? "-"} family={font.FontFamily?.Val}");

        dump.AppendLine("[settings]");
        foreach (var setting in main.DocumentSettingsPart?.Settings?.ChildElements ?? [])
            dump.AppendLine($"  {setting.LocalName}{Attributes(setting)}{string.Concat(setting.ChildElements.Select(c => $" {c.LocalName}{Attributes(c)}"))}");

        dump.AppendLine("[footers]");
        foreach (var (footer, index) in main.FooterParts.Select((f, i) => (f, i)))
        foreach (var paragraph in footer.Footer?.Elements<Paragraph>() ?? [])
            dump.AppendLine($"  footer{index + 1} {ParagraphProperties(paragraph.ParagraphProperties)} {Text(paragraph)}");
    }

    private static string Style(Style style)
    {
        var parts = new List<string> { $"{style.Type} {style.StyleId} \"{style.StyleName?.Val}\"" };
        if (style.BasedOn?.Val is { } basedOn) parts.Add($"based-on={basedOn}");
        if (style.StyleParagraphProperties is { } paragraph) parts.Add(ParagraphProperties(paragraph));
        if (style.StyleRunProperties is { } run) parts.Add(Run(run));
        if (style.StyleTableProperties is { } table) parts.Add(TableProperties(table));
        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    private static string ParagraphProperties(OpenXmlElement? properties)
    {
        if (properties is null) return "";
        var flags = new List<string>();
        foreach (var child in properties.ChildElements)
        {
            switch (child)
            {
                case ParagraphStyleId id: flags.Add($"style={id.Val}"); break;
                case SpacingBetweenLines s: flags.Add($"spacing[line={s.Line?.Value ?? "-"} {s.LineRule?.ToString() ?? ""} before={s.Before?.Value ?? "-"} after={s.After?.Value ?? "-"}]"); break;
                case Indentation i: flags.Add($"indent[first={i.FirstLine?.Value ?? "-"}/{i.FirstLineChars?.Value.ToString() ?? "-"}ch left={i.Left?.Value ?? "-"} right={i.Right?.Value ?? "-"}]"); break;
                case Justification j: flags.Add($"jc={j.Val}"); break;
                case Tabs tabs: flags.Add($"tabs[{string.Join(",", tabs.Elements<TabStop>().Select(t => $"{t.Val} {t.Position} {t.Leader?.ToString() ?? ""}".Trim()))}]"); break;
                case OutlineLevel level: flags.Add($"outline={level.Val}"); break;
                case OverflowPunctuation overflow: flags.Add($"overflowPunct={(overflow.Val?.Value ?? true ? 1 : 0)}"); break;
                default: flags.Add(child.LocalName); break;
            }
        }

        return string.Join(" ", flags);
    }

    private static string Run(OpenXmlElement run)
    {
        var fonts = run.GetFirstChild<RunFonts>();
        var size = run.GetFirstChild<FontSize>()?.Val?.Value;
        var flags = new List<string> { $"font[east-asia={fonts?.EastAsia?.Value ?? "-"} latin={fonts?.Ascii?.Value ?? "-"}]" };
        if (size is not null) flags.Add($"size={int.Parse(size) / 2.0}pt");
        if (run.GetFirstChild<Bold>() is not null) flags.Add("bold");
        if (run.GetFirstChild<Languages>() is { } lang) flags.Add($"lang={lang.Val}/{lang.EastAsia}");
        return string.Join(" ", flags);
    }

    private static string TableProperties(StyleTableProperties table)
    {
        var borders = table.TableBorders?.ChildElements.OfType<BorderType>().Select(b => $"{b.LocalName}:{b.Val}/{b.Size}") ?? [];
        var margins = table.TableCellMarginDefault;
        return $"borders[{string.Join(",", borders)}] cell-margins[top={margins?.TopMargin?.Width} left={margins?.TableCellLeftMargin?.Width} bottom={margins?.BottomMargin?.Width} right={margins?.TableCellRightMargin?.Width}]";
    }

    private static string Attributes(OpenXmlElement element) =>
        string.Concat(element.GetAttributes().Where(a => a.LocalName != "uri").Select(a => $" {a.LocalName}={a.Value}"));

    private static string Text(Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        Text text when !text.Ancestors<SimpleField>().Any() => text.Text,
        SimpleField field => $"{{{field.Instruction?.Value?.Trim()}}}",
        _ => "",
    }));
}
