using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>
/// What a reviewer who knows the official format looks for when leafing through a PDF (issue 22), found from
/// the DOCX's structure and where its text lands in the PDF:
/// a table continued on a page whose first row sits under a merged label left on the page before;
/// a page holding a single row of a table that runs over pages;
/// a form's title on another page than its table's first row;
/// a page less than a quarter filled, unless it is the document's last page or the next page starts with a
/// break the document asks for (a part, the contents): that short page is then the end of a part;
/// a label (a header cell of the page) of up to 8 characters broken across lines inside a word (满意度指/标).
/// </summary>
public static partial class PrintChecks
{
    public const double LeastFill = 0.25;

    public const int ShortLabel = 8;

    public static IReadOnlyList<string> Of(byte[] docx, string pdf, IEnumerable<string> labels)
    {
        var items = Items(docx);
        var text = LaidOutText.Read(pdf);
        var places = text.Place(items.Select(i => i.Text));
        var placed = items.Zip(places, (item, place) => (Item: item, Place: place)).Where(p => p.Place is not null).ToList();
        return [.. LabelsLeftBehind(placed), .. LoneRows(placed), .. TitlesAlone(placed), .. ShortPages(placed, pdf, text.Pages.Count),
            .. BrokenLabels(labels, text)];
    }

    /// <summary>
    /// Each place a short label runs over a line end inside a word: the label is searched in each page's text with the
    /// line ends kept as positions, and every line end inside it must fall between two of its words (LabelLines.Words).
    /// </summary>
    private static IEnumerable<string> BrokenLabels(IEnumerable<string> labels, LaidOutText text)
    {
        var shortLabels = labels.Select(PdfTools.Squeeze).Where(l => l.Length is >= 3 and <= ShortLabel).Distinct().ToList();
        foreach (var page in text.Pages)
        {
            var lines = page.Lines.Select(PdfTools.Squeeze).ToList();
            var joined = string.Concat(lines);
            var ends = new HashSet<int>(lines.Select((_, i) => lines.Take(i + 1).Sum(l => l.Length)));
            var starts = new HashSet<int>(ends.Append(0));
            foreach (var label in shortLabels)
            {
                var boundaries = new HashSet<int>(PerfPublish.Write.Docx.LabelLines.Words(label).Select((_, i) => PerfPublish.Write.Docx.LabelLines.Words(label).Take(i + 1).Sum(w => w.Length)));
                for (var at = joined.IndexOf(label, StringComparison.Ordinal); at >= 0; at = joined.IndexOf(label, at + 1, StringComparison.Ordinal))
                {
                    // A label's cell holds the label alone: its lines start and end with it (the same words inside a value are not it).
                    if (!starts.Contains(at) || !ends.Contains(at + label.Length)) continue;
                    var inside = Enumerable.Range(1, label.Length - 1).Where(offset => ends.Contains(at + offset) && !boundaries.Contains(offset)).ToList();
                    if (inside.Count > 0)
                        yield return $"page {page.Number}: the label '{label}' breaks inside a word: '{string.Join("/", Split(label, inside))}'";
                }
            }
        }
    }

    private static IEnumerable<string> Split(string label, List<int> offsets) =>
        offsets.Prepend(0).Zip(offsets.Append(label.Length), (from, to) => label[from..to]);

    /// <summary>A paragraph outside tables, or a table cell's text; Row is the cell's row in its table.</summary>
    private sealed record Item(string Text, string Style, bool NewPage, int? Table, int Row, bool HeaderRow, bool UnderLabel);

    private static List<Item> Items(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var tables = body.Elements<Table>().Select((table, index) => (table, index)).ToDictionary(t => t.table, t => t.index + 1);
        var items = new List<Item>();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
            var newPage = paragraph.ParagraphProperties?.PageBreakBefore is not null;
            var row = paragraph.Ancestors<TableRow>().LastOrDefault();
            var table = row?.Ancestors<Table>().LastOrDefault() is { } t && tables.TryGetValue(t, out var number) ? number : (int?)null;
            var index = row is null ? 0 : row.ElementsBefore().OfType<TableRow>().Count();
            var header = row?.TableRowProperties?.GetFirstChild<TableHeader>() is not null;
            var underLabel = row is not null && row.Elements<TableCell>().Any(c => c.TableCellProperties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue));
            var text = string.Concat(paragraph.Descendants().Select(e => e switch { Text x => x.Text, TabChar => "\t", _ => "" }));
            foreach (var piece in text.Split('\t').Where(piece => piece.Trim().Length > 0))
                items.Add(new Item(piece, style, newPage, table, index, header, underLabel));
        }

        return items;
    }

    private static IEnumerable<(int Table, int Row, int Page, bool UnderLabel, string Text)> BodyRows(List<(Item Item, Placement? Place)> placed) =>
        placed.Where(p => p.Item.Table is not null && !p.Item.HeaderRow)
            .GroupBy(p => (p.Item.Table!.Value, p.Item.Row))
            .Select(g => (g.Key.Item1, g.Key.Row, g.First().Place!.FirstPage, g.First().Item.UnderLabel, g.First().Item.Text));

    private static IEnumerable<string> LabelsLeftBehind(List<(Item Item, Placement? Place)> placed)
    {
        foreach (var table in BodyRows(placed).GroupBy(r => r.Table))
        {
            var rows = table.ToList();
            for (var i = 1; i < rows.Count; i++)
                if (rows[i].Page > rows[i - 1].Page && rows[i].UnderLabel)
                    yield return $"table {table.Key}, page {rows[i].Page}: the row '{rows[i].Text}' goes on under a label left on page {rows[i - 1].Page}";
        }
    }

    private static IEnumerable<string> LoneRows(List<(Item Item, Placement? Place)> placed)
    {
        foreach (var table in BodyRows(placed).GroupBy(r => r.Table))
        {
            var pages = table.GroupBy(r => r.Page).ToList();
            if (pages.Count < 2) continue;
            foreach (var page in pages.Where(p => p.Count() == 1))
                yield return $"table {table.Key}, page {page.Key}: one row alone ('{page.First().Text}'), the rest of the table on other pages";
        }
    }

    private static IEnumerable<string> TitlesAlone(List<(Item Item, Placement? Place)> placed)
    {
        for (var i = 0; i < placed.Count; i++)
        {
            if (placed[i].Item.Style != "TableTitle") continue;
            var firstRow = placed.Skip(i + 1).FirstOrDefault(p => p.Item.Table is not null && !p.Item.HeaderRow);
            if (firstRow.Item is not null && firstRow.Place!.FirstPage != placed[i].Place!.FirstPage)
                yield return $"page {placed[i].Place!.FirstPage}: the title '{placed[i].Item.Text}' is apart from its table, which starts on page {firstRow.Place.FirstPage}";
        }
    }

    private static IEnumerable<string> ShortPages(List<(Item Item, Placement? Place)> placed, string pdf, int pageCount)
    {
        var fills = Fills(pdf);
        for (var page = 1; page < pageCount; page++)
        {
            var next = placed.FirstOrDefault(p => p.Place!.FirstPage == page + 1);
            if (next.Item is { NewPage: true }) continue;
            if (fills[page - 1] < LeastFill)
                yield return $"page {page}: {fills[page - 1]:P0} filled, and page {page + 1} goes on without a break the document asks for";
        }
    }

    /// <summary>How far down each page's type area its text reaches (the page number under it left out).</summary>
    public static IReadOnlyList<double> Fills(string pdf)
    {
        // The official page: A4, 37 mm top and 35 mm bottom margins (PageSetup in PerfPublish.ReferenceDocx).
        const double point = 72 / 25.4, top = 37 * point, bottom = 297 * point - 35 * point;
        var bbox = PdfTools.Run("pdftotext", "-bbox", pdf, "-");
        return [.. bbox.Split("<page ", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(page =>
        {
            var lowest = Word().Matches(page).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
                .Where(y => y <= bottom + 1).DefaultIfEmpty(top).Max();
            return Math.Clamp((lowest - top) / (bottom - top), 0, 1);
        })];
    }

    [GeneratedRegex("<word [^>]*yMax=\"([0-9.]+)\"")]
    private static partial Regex Word();
}
