namespace PerfPublish.Review;

/// <summary>A piece of a text diff: kept, taken out (only in the old text) or put in (only in the new).</summary>
public sealed record TextPiece(Change Change, string Text);
