namespace PerfPublish.Review;

/// <summary>A TOC entry: Added or Deleted (Change), or Same with its page changed.</summary>
public sealed record OutlineEntryChange(Change Change, string Title, int? OldPage, int? NewPage);
