namespace PerfPublish.Load;

/// <summary>One entry below a folder: its path and what it is (a link is a link, not what it points at).</summary>
public sealed record ContentEntry(string Path, FileKind Kind);
