namespace PerfPublish.Write.Data;

/// <summary>Table Schema field types used by the open-data tables.</summary>
public enum ColumnType { String, Integer, Number }
