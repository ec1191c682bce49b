using PerfPublish.Model;

namespace PerfPublish.Validate;

/// <summary>The form records of a publication (its projects, then the department form) and their values at any depth.</summary>
public static class FormRecords
{
    public static IEnumerable<FormRecord> Of(Publication publication) =>
        publication.Department is { } department
            ? [.. publication.Projects.Select(p => p.Record), department]
            : publication.Projects.Select(p => p.Record);

    /// <summary>Every value of a record: fields at any depth of groups, table cells and indicator-row cells.</summary>
    public static IEnumerable<FieldValue> Values(FormRecord record) => record.All.SelectMany(Within);

    private static IEnumerable<FieldValue> Within(FieldValue value) => value switch
    {
        TableValue table => [value, .. table.Rows.SelectMany(r => r.Values)],
        IndicatorTree tree => [value, .. tree.Rows.SelectMany(r => r.Cells.Values)],
        _ => [value],
    };
}
