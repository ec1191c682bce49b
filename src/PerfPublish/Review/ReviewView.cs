using System.Collections.Immutable;

namespace PerfPublish.Review;

/// <summary>Everything the page and the summary show: the two sides, each publication's changes, the source files that changed.</summary>
internal sealed record ReviewView(ReviewSide Old, ReviewSide New, IReadOnlyList<PublicationReview> Publications, ImmutableArray<SourceChange> Sources)
{
    public IEnumerable<PublicationReview> Changed => Publications.Where(p => p.HasChanges);

    public int Unchanged => Publications.Count(p => !p.HasChanges);
}
