using System.Collections.Immutable;

namespace PerfPublish.Write.Data;

/// <summary>Table Schema field types used by the open-data tables.</summary>
public enum FieldType { String, Integer, Number }

/// <summary>
/// One column: its machine name (also the CSV header, which stays the same across versions), its Table Schema
/// type, its Chinese title, and whether every row has a value (Required: false where a cell may be empty).
/// </summary>
public sealed record DataField(string Name, FieldType Type, string Title, string Description, bool Required = true);

/// <summary>Columns that refer to another table's key (Table Schema foreignKeys).</summary>
public sealed record ForeignKey(ImmutableArray<string> Fields, string Resource, ImmutableArray<string> ReferenceFields);

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
