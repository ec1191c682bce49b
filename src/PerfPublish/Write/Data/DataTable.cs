using System.Collections.Immutable;

namespace PerfPublish.Write.Data;

/// <summary>
/// One open-data table, described once: the CSV writer writes its rows and the data package writer
/// its schema from the same fields, so the two can never disagree. Cells are already formatted.
/// </summary>
public sealed record DataTable(
    string Name,
    string FileName,
    string Title,
    ImmutableArray<DataField> Fields,
    ImmutableArray<ImmutableArray<string>> Rows,
    ImmutableArray<string> PrimaryKey,
    ForeignKey? ForeignKey = null);
