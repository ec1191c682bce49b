using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Review;

/// <summary>What the reader sees of a document's shape: the TOC the Word writer filled in, and the page count of its PDF.</summary>
public static partial class DocumentOutline
{
    /// <summary>The TOC entries (paragraphs in a TOC1…TOC9 style): the title before the tab, the page number after it.</summary>
    public static IReadOnlyList<OutlineEntry> Entries(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var entries = new List<OutlineEntry>();
        foreach (var paragraph in document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>())
        {
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            if (!TocStyle().IsMatch(style)) continue;
            var (title, page) = TitleAndPage(paragraph);
            entries.Add(new OutlineEntry(style[^1] - '0', title, int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null));
        }
        return entries;
    }

    private static (string Title, string Page) TitleAndPage(Paragraph paragraph)
    {
        var title = new StringBuilder();
        var page = new StringBuilder();
        var afterTab = false;
        foreach (var element in paragraph.Descendants())
        {
            if (element is TabChar) afterTab = true;
            else if (element is Text text) (afterTab ? page : title).Append(text.Text);
        }
        return (title.ToString(), page.ToString().Trim());
    }

    /// <summary>The page count of a PDF: the largest /Count of its page-tree nodes (the root's); null when none is found.</summary>
    public static int? Pages(byte[]? pdf)
    {
        if (pdf is null) return null;
        var text = Encoding.Latin1.GetString(pdf);
        var counts = PageTree().Matches(text).Select(m => int.Parse((m.Groups[1].Success ? m.Groups[1] : m.Groups[2]).Value, CultureInfo.InvariantCulture)).ToList();
        return counts.Count == 0 ? null : counts.Max();
    }

    [GeneratedRegex(@"^TOC[1-9]$")]
    private static partial Regex TocStyle();

    [GeneratedRegex(@"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")]
    private static partial Regex PageTree();
}
