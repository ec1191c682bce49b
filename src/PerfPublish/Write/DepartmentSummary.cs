namespace PerfPublish.Write;

/// <summary>The department-as-a-whole form's record, with what its form calls its numbers.</summary>
public sealed record DepartmentSummary(string Form, RecordLabels Labels, RecordSummary Record);
