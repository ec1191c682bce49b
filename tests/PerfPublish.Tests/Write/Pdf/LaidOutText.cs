using System.Text.RegularExpressions;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>
/// A PDF's text page by page as it is drawn (pdftotext -raw), each page's number ("— 3 —") taken
/// apart from its body, and where pieces of the document's text stand in it. White space is ignored
/// when placing: line ends and layout padding are not text.
/// </summary>
public sealed partial class LaidOutText
{
    private readonly string _squeezed;
    private readonly List<int> _pageStarts = [];

    private LaidOutText(IReadOnlyList<PdfPage> pages)
    {
        Pages = pages;
        var squeezed = new System.Text.StringBuilder();
        foreach (var page in pages)
        {
            _pageStarts.Add(squeezed.Length);
            foreach (var line in page.Lines) squeezed.Append(PdfTools.Squeeze(line));
        }

        _squeezed = squeezed.ToString();
    }

    public IReadOnlyList<PdfPage> Pages { get; }

    public static LaidOutText Read(string pdf) =>
        new([.. Enumerable.Range(1, PdfTools.PageCount(pdf)).Select(n => PdfPage.From(n, PdfTools.RawPageText(pdf, n)))]);

    /// <summary>
    /// Each piece's place, searched in order: a piece is found only after the one before it and only
    /// whole, so a character missing from the PDF leaves its piece unplaced (null).
    /// </summary>
    public IReadOnlyList<Placement?> Place(IEnumerable<string> pieces)
    {
        var places = new List<Placement?>();
        var cursor = 0;
        foreach (var piece in pieces.Select(PdfTools.Squeeze))
        {
            var at = piece.Length == 0 ? -1 : _squeezed.IndexOf(piece, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                places.Add(null);
                continue;
            }

            places.Add(new Placement(PageAt(at), PageAt(at + piece.Length - 1)));
            cursor = at + piece.Length;
        }

        return places;
    }

    private int PageAt(int offset) => _pageStarts.FindLastIndex(start => start <= offset) + 1;

    [GeneratedRegex(@"^—\s*\d+\s*—$")]
    internal static partial Regex PageNumber();
}

/// <summary>A page's lines as drawn, and its page number line when it has one.</summary>
public sealed record PdfPage(int Number, IReadOnlyList<string> Lines, string? Footer)
{
    public static PdfPage From(int number, string rawText)
    {
        var lines = rawText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var footer = lines.Count > 0 && LaidOutText.PageNumber().IsMatch(lines[^1]) ? lines[^1] : null;
        return new PdfPage(number, footer is null ? lines : lines[..^1], footer);
    }
}

/// <summary>The pages a piece of text starts and ends on.</summary>
public sealed record Placement(int FirstPage, int LastPage);
