namespace PerfPublish.Review;

/// <summary>A text of the document (prose, a goal, a cell) as a diff; Where is the project or the part it is in.</summary>
public sealed record TextChange(string Where, string Label, TextDiff Diff);
