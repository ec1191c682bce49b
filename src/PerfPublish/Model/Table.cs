using System.Collections.Immutable;

namespace PerfPublish.Model;

/// <summary>A table; column widths are relative weights, cells carry their spans as in HTML.</summary>
public sealed record Table(string Kind, string Caption, ImmutableArray<int> ColumnWidths, ImmutableArray<TableRow> Rows) : Block;
