namespace PerfPublish.Review;

/// <summary>
/// One side of a review: a commit's content and templates read out of git into a folder of their own, or the
/// work tree as it is. Label is what the reviewer typed (a ref, or 工作区 for the work tree).
/// </summary>
public sealed record ReviewSide(string Label, string? Commit, DateTimeOffset Date, string ContentFolder, string TemplatesFolder)
{
    /// <summary>The folder a commit was read into (deleted after the review), or null for the work tree.</summary>
    public string? ExtractedTo { get; init; }

    public string ShortCommit => Commit is null ? "" : Commit[..Math.Min(12, Commit.Length)];
}
