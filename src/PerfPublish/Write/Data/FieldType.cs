namespace PerfPublish.Write.Data;

/// <summary>Table Schema field types used by the open-data tables.</summary>
public enum FieldType { String, Integer, Number }
