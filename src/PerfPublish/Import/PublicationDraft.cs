namespace PerfPublish.Import;

/// <summary>One 分项绩效目标 of 第一部分: （一）name, 绩效目标：goal, 绩效指标：indicator.</summary>
public sealed record ObjectiveDraft(string Name, string? Goal, string? Indicator);

/// <summary>A form found in 第二部分: its title paragraph (1.…绩效目标表) and its filled-in fields.</summary>
public sealed record ProjectDraft(string? Title, ImportedForm Form);

/// <summary>Everything recognised in a Word file, before it is written as content files.</summary>
public sealed record PublicationDraft(
    string? Title,
    int? Year,
    UnitLineFields Unit,
    IReadOnlyList<string> OverallObjective,
    IReadOnlyList<ObjectiveDraft> Objectives,
    IReadOnlyList<string> Safeguards,
    IReadOnlyList<ProjectDraft> Projects,
    IReadOnlyList<ImportNote> Notes)
{
    /// <summary>The department form (部门整体支出绩效目标表), when the file has one and a department profile matches it.</summary>
    public ImportedForm? Department { get; init; }

    /// <summary>The first form's own title (1.…项目绩效目标表, 项目支出绩效目标申报表…), where a title or year can be suggested from.</summary>
    public string? FormTitle { get; init; }
}
