using System.Collections.Immutable;

namespace PerfPublish.Model;

public sealed record TableRow(bool IsHeader, ImmutableArray<TableCell> Cells)
{
    /// <summary>Kept on the page of the next row (or, for a table's last row, of the paragraph after the table).</summary>
    public bool KeepWithNext { get; init; }
}
