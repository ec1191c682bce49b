using System.Text;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>
/// The pages of a PDF as a reviewer leafs through them, for a snapshot: the page count; for every page
/// its number, the headings and table titles on it and its first and last lines; then every table with
/// the pages it covers. A table pushed onto the next page, a page added or a heading moved shows up as
/// a changed line. Text of the DOCX not found in the PDF is listed too.
/// </summary>
public static class PageMap
{
    private static readonly HashSet<string> HeadingStyles = ["Title", "TOCHeading", "Heading1", "Heading2", "Heading3", "TableTitle"];

    public static string Of(byte[] docx, string pdf)
    {
        var text = LaidOutText.Read(pdf);
        var pieces = DocxPieces.Of(docx);
        var placed = pieces.Zip(text.Place(pieces.Select(p => p.Text)), (piece, place) => (Piece: piece, Place: place)).ToList();
        var tables = Tables(placed);

        var map = new StringBuilder();
        map.AppendLine($"{text.Pages.Count} pages");
        foreach (var page in text.Pages)
        {
            map.AppendLine($"page {page.Number}, {page.Footer ?? "no page number"}");
            foreach (var (piece, _) in placed.Where(p => p.Piece.Table is null && HeadingStyles.Contains(p.Piece.Style) && p.Place?.FirstPage == page.Number))
                map.AppendLine($"  {piece.Style,-11}{OneLine(piece.Text)}");
            foreach (var table in tables.Where(t => t.FirstPage <= page.Number && page.Number <= t.LastPage))
                map.AppendLine($"  table {table.Number,-5}{(table.FirstPage == page.Number ? "starts" : "continues")}{(table.LastPage == page.Number ? ", ends" : "")}");
            map.AppendLine($"  first line {page.Lines.FirstOrDefault() ?? "-"}");
            map.AppendLine($"  last line  {page.Lines.LastOrDefault() ?? "-"}");
        }

        map.AppendLine("tables");
        foreach (var table in tables)
            map.AppendLine($"  {table.Number,-3}{table.Title} · {table.FirstCell}: " +
                (table.FirstPage == table.LastPage ? $"page {table.FirstPage}" : $"pages {table.FirstPage}–{table.LastPage}"));
        foreach (var (piece, _) in placed.Where(p => p.Place is null))
            map.AppendLine($"not in the PDF: {OneLine(piece.Text)}");
        return map.ToString();
    }

    private sealed record TableSpan(int Number, string Title, string FirstCell, int FirstPage, int LastPage);

    private static List<TableSpan> Tables(List<(DocxPiece Piece, Placement? Place)> placed)
    {
        var spans = new List<TableSpan>();
        var title = "-";
        foreach (var (piece, place) in placed)
        {
            if (piece.Table is not { } number)
            {
                if (piece.Style == "TableTitle") title = OneLine(piece.Text);
                continue;
            }

            if (spans.Count == 0 || spans[^1].Number != number)
                spans.Add(new TableSpan(number, title, OneLine(piece.Text), int.MaxValue, 0));
            if (place is not null)
                spans[^1] = spans[^1] with { FirstPage = Math.Min(spans[^1].FirstPage, place.FirstPage), LastPage = Math.Max(spans[^1].LastPage, place.LastPage) };
        }

        return spans;
    }

    private static string OneLine(string text) => string.Join(" / ", text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
