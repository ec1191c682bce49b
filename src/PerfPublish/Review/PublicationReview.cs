using System.Collections.Immutable;

namespace PerfPublish.Review;

public enum Presence { Unchanged, Changed, Added, Removed }

/// <summary>
/// What a reader of one publication would see change between the two sides of a review, section by
/// section; every list is in the document's order. A publication on one side only is Added or Removed
/// and lists nothing else: all of it is new, or all of it gone.
/// </summary>
public sealed record PublicationReview(
    string Slug,
    string Title,
    Presence Presence,
    ImmutableArray<FigureChange> Figures,
    ImmutableArray<ProjectChange> Projects,
    ImmutableArray<IndicatorChange> Indicators,
    ImmutableArray<TextChange> Texts,
    OutlineChange Outline)
{
    /// <summary>The Word file with the changes as tracked revisions, in the review folder; null when none was made.</summary>
    public string? RevisionsFile { get; init; }

    public string CurrencyUnit { get; init; } = "";

    public bool HasChanges => Presence != Presence.Unchanged;

    public IEnumerable<FigureChange> Amounts => Figures.Where(f => !f.IsPercentage);

    public IEnumerable<FigureChange> Percentages => Figures.Where(f => f.IsPercentage);
}

/// <summary>A number of the form (an amount or a percentage) whose value changed; null where a side has none.</summary>
public sealed record FigureChange(string Where, string Label, decimal? Old, decimal? New, bool IsPercentage)
{
    public decimal? Difference => Old is { } old && New is { } @new ? @new - old : null;
}

public enum ProjectChangeKind { Added, Removed, Renamed }

/// <summary>A project that came, went, or kept its code under a new name; Amount is its headline amount on the side it is on.</summary>
public sealed record ProjectChange(ProjectChangeKind Kind, string Code, string OldName, string NewName, decimal? Amount);

public enum IndicatorChangeKind { Added, Removed, Renamed, Changed }

/// <summary>
/// An indicator (三级指标) of a project that is on both sides, by its path of level names in its tree. A renamed
/// one kept its first and second level and every other cell; a changed one kept its path and changed cells.
/// </summary>
public sealed record IndicatorChange(string Project, IndicatorChangeKind Kind, string Path, string OldName, string NewName,
    ImmutableArray<TextChange> Cells);

/// <summary>A text of the document (prose, a goal, a cell) as a diff; Where is the project or the part it is in.</summary>
public sealed record TextChange(string Where, string Label, TextDiff Diff);

/// <summary>The table of contents' entries that came or went, those whose page moved, and the page count (null without a layout).</summary>
public sealed record OutlineChange(ImmutableArray<OutlineEntryChange> Entries, int? OldPages, int? NewPages)
{
    public static OutlineChange None { get; } = new([], null, null);

    public bool PagesChanged => OldPages != NewPages && OldPages is not null && NewPages is not null;

    public bool HasChanges => Entries.Length > 0 || PagesChanged;
}

/// <summary>A TOC entry: Added or Deleted (Change), or Same with its page changed.</summary>
public sealed record OutlineEntryChange(Change Change, string Title, int? OldPage, int? NewPage);
