namespace PerfPublish.Review;

/// <summary>Who made the revisions and when: PerfPublish, at the new side's commit date.</summary>
public sealed record Revision(string Author, DateTimeOffset Date)
{
    public const string Tool = "PerfPublish";
}
