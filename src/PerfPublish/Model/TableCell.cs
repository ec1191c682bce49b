using System.Collections.Immutable;

namespace PerfPublish.Model;

public sealed record TableCell(
    bool IsHeader, string? Scope, int ColumnSpan, int RowSpan, CellAlignment Alignment, ImmutableArray<Block> Content);
