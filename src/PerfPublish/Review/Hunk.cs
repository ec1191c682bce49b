namespace PerfPublish.Review;

/// <summary>A stretch of two sequences: equal on both sides, or old items replaced by new ones (either count may be 0).</summary>
public sealed record Hunk(bool IsSame, int OldStart, int OldCount, int NewStart, int NewCount);
