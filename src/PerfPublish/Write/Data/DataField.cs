namespace PerfPublish.Write.Data;

/// <summary>
/// One column: its machine name (also the CSV header, which stays the same across versions), its Table Schema
/// type, its Chinese title, and whether every row has a value (Required: false where a cell may be empty).
/// </summary>
public sealed record DataField(string Name, ColumnType Type, string Title, string Description, bool Required = true);
