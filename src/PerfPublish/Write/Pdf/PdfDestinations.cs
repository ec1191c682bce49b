using System.Text;
using System.Text.RegularExpressions;

namespace PerfPublish.Write.Pdf;

/// <summary>
/// The page of every named destination in a PDF that LibreOffice wrote: with
/// ExportBookmarksToPDFDestination each Word bookmark (so each heading's _Toc_ bookmark) becomes one.
/// Reads only the structure LibreOffice writes (a /Dests dictionary in the catalog, objects not in
/// object streams), which is all the build needs; anything else gives an empty result.
/// </summary>
public static partial class PdfDestinations
{
    /// <summary>Destination name → physical page, counting from 1.</summary>
    public static IReadOnlyDictionary<string, int> Read(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var objects = ObjectStarts(text);
        var pages = PageOrder(text, objects);
        var destsObject = Reference(text, "/Dests");
        if (destsObject is null || !objects.TryGetValue(destsObject.Value, out var start)) return new Dictionary<string, int>();

        var dictionary = ObjectBody(text, start);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match entry in DestinationEntry().Matches(dictionary))
            if (pages.TryGetValue(int.Parse(entry.Groups["page"].Value), out var page)) result[entry.Groups["name"].Value] = page;
        return result;
    }

    /// <summary>
    /// A bookmark name as LibreOffice writes it as a destination name: letters, digits and '-' as they
    /// are, any other character as two hex digits ("_Toc_part_1" → "5FToc5Fpart5F1").
    /// </summary>
    public static string NameOf(string bookmark) => string.Concat(bookmark.Select(c =>
        char.IsAsciiLetterOrDigit(c) || c == '-' ? c.ToString() : ((byte)c).ToString("X2")));

    private static Dictionary<int, int> ObjectStarts(string text)
    {
        var starts = new Dictionary<int, int>();
        foreach (Match match in ObjectHeader().Matches(text)) starts[int.Parse(match.Groups["id"].Value)] = match.Index + match.Length;
        return starts;
    }

    /// <summary>Page object id → page number, walking the page tree from the catalog's /Pages in order.</summary>
    private static Dictionary<int, int> PageOrder(string text, Dictionary<int, int> objects)
    {
        var order = new Dictionary<int, int>();
        var root = Reference(text[text.IndexOf("/Type/Catalog", StringComparison.Ordinal)..], "/Pages");
        if (root is not null) Walk(root.Value, text, objects, order, depth: 0);
        return order;
    }

    private static void Walk(int id, string text, Dictionary<int, int> objects, Dictionary<int, int> order, int depth)
    {
        if (depth > 32 || !objects.TryGetValue(id, out var start)) return;
        var body = ObjectBody(text, start);
        var kids = Kids().Match(body);
        if (!kids.Success)
        {
            order[id] = order.Count + 1;
            return;
        }

        foreach (Match kid in ReferenceList().Matches(kids.Groups["refs"].Value))
            Walk(int.Parse(kid.Groups["id"].Value), text, objects, order, depth + 1);
    }

    private static string ObjectBody(string text, int start)
    {
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static int? Reference(string text, string key)
    {
        var match = new Regex(Regex.Escape(key) + @"\s*(\d+)\s+0\s+R").Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"(?<=[\r\n])(?<id>\d+)\s+0\s+obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Kids\s*\[(?<refs>[^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"(?<id>\d+)\s+0\s+R")]
    private static partial Regex ReferenceList();

    [GeneratedRegex(@"/(?<name>[^\s/\[\]<>()]+)\s*\[\s*(?<page>\d+)\s+0\s+R")]
    private static partial Regex DestinationEntry();
}
