using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Model = PerfPublish.Model;

namespace PerfPublish.Write.Docx;

/// <summary>
/// A sign-off line (填表人：… 联系电话：… 填报日期：…) spread across the width as the page spreads it: in the
/// Unit Line style, the first part at the left margin, the last at the style's right tab, those between at
/// left tab stops that share the space left over equally. Word has no "space between", so the parts' widths
/// are estimated from the style's font size (a Chinese character an em, any other half an em). Parts too
/// long for one line keep plain tabs and wrap.
/// </summary>
internal sealed class DocxSignOff(int textWidth, int em)
{
    public const string Style = "UnitLine";

    public void Write(DocxBlocks blocks, Model.SignOffLine line) =>
        blocks.Paragraph(new ParagraphLook(Style, TabStops: Stops(line.Parts)), () =>
        {
            for (var i = 0; i < line.Parts.Length; i++)
            {
                if (i > 0) blocks.Xml.Run("tab");
                blocks.Runs.Plain(line.Parts[i]);
            }
        });

    /// <summary>Where the parts between the first and the last begin; none when there are none or they do not fit.</summary>
    private List<int> Stops(IReadOnlyList<string> parts)
    {
        var widths = parts.Select(Width).ToList();
        if (parts.Count < 3 || widths.Sum() >= textWidth) return [];
        var gap = (textWidth - widths.Sum()) / (parts.Count - 1);
        var stops = new List<int>();
        var x = 0;
        for (var i = 1; i < parts.Count - 1; i++)
        {
            x += widths[i - 1] + gap;
            stops.Add(x);
        }
        return stops;
    }

    private int Width(string text) => text.Sum(c => c > '\u2E7F' ? em : em / 2);

    /// <summary>The Unit Line style's font size as twentieths of a point (12 pt: 240); 12 pt where the reference does not say.</summary>
    public static int EmOf(MainDocumentPart main)
    {
        var size = main.StyleDefinitionsPart?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId == Style)?
            .StyleRunProperties?.FontSize?.Val?.Value;
        return int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var halfPoints) ? halfPoints * 10 : 240;
    }
}
