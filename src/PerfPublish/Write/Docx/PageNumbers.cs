using System.Collections.Immutable;

namespace PerfPublish.Write.Docx;

/// <summary>
/// The page each heading starts on, by heading id, as the page footers number them: what a laid-out
/// copy of the document (LibreOffice, see Write/Pdf) found, for the writer to put into the TOC.
/// </summary>
public sealed record PageNumbers(ImmutableSortedDictionary<string, int> ByHeadingId)
{
    public static PageNumbers From(IEnumerable<KeyValuePair<string, int>> pages) =>
        new(pages.ToImmutableSortedDictionary(StringComparer.Ordinal));

    public int? Of(string headingId) => ByHeadingId.TryGetValue(headingId, out var page) ? page : null;

    /// <summary>Same headings on the same pages: a second layout confirmed the first.</summary>
    public bool SameAs(PageNumbers other) => ByHeadingId.SequenceEqual(other.ByHeadingId);
}
