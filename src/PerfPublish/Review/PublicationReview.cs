using System.Collections.Immutable;

namespace PerfPublish.Review;

/// <summary>
/// What a reader of one publication would see change between the two sides of a review, section by
/// section; every list is in the document's order. A publication on one side only is Added or Removed
/// and lists nothing else: all of it is new, or all of it gone.
/// </summary>
public sealed record PublicationReview(
    string Slug,
    string Title,
    Presence Presence,
    ImmutableArray<FigureChange> Figures,
    ImmutableArray<ProjectChange> Projects,
    ImmutableArray<IndicatorChange> Indicators,
    ImmutableArray<TextChange> Texts,
    OutlineChange Outline)
{
    /// <summary>The Word file with the changes as tracked revisions, in the review folder; null when none was made.</summary>
    public string? RevisionsFile { get; init; }

    public string CurrencyUnit { get; init; } = "";

    public bool HasChanges => Presence != Presence.Unchanged;

    public IEnumerable<FigureChange> Amounts => Figures.Where(f => !f.IsPercentage);

    public IEnumerable<FigureChange> Percentages => Figures.Where(f => f.IsPercentage);
}
