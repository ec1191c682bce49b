namespace PerfPublish.Review;

/// <summary>
/// A source file that differs between the sides (content or templates): how many lines came and went for a
/// text file, the sizes for a binary one (a NUL byte in its first 8000 bytes, git's own test, or not UTF-8).
/// Nothing of a file's contents is shown: what a reader sees is in the publications' changes.
/// </summary>
public sealed record SourceChange(string Path, Change Change, bool IsBinary, long OldSize, long NewSize, int LinesDeleted, int LinesInserted);
