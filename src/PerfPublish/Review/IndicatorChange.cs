using System.Collections.Immutable;

namespace PerfPublish.Review;

/// <summary>
/// An indicator (三级指标) of a project that is on both sides, by its path of level names in its tree. A renamed
/// one kept its first and second level and every other cell; a changed one kept its path and changed cells.
/// </summary>
public sealed record IndicatorChange(string Project, IndicatorChangeKind Kind, string Path, string OldName, string NewName,
    ImmutableArray<TextChange> Cells);
