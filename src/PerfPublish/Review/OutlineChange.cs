using System.Collections.Immutable;

namespace PerfPublish.Review;

/// <summary>The table of contents' entries that came or went, those whose page moved, and the page count (null without a layout).</summary>
public sealed record OutlineChange(ImmutableArray<OutlineEntryChange> Entries, int? OldPages, int? NewPages)
{
    public static OutlineChange None { get; } = new([], null, null);

    public bool PagesChanged => OldPages != NewPages && OldPages is not null && NewPages is not null;

    public bool HasChanges => Entries.Length > 0 || PagesChanged;
}
