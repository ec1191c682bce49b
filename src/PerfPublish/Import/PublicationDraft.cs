using PerfPublish.Model;

namespace PerfPublish.Import;

/// <summary>A form found in 第二部分: its title paragraph (1.…绩效目标表) and its filled-in fields.</summary>
public sealed record ProjectDraft(string? Title, ImportedForm Form);

/// <summary>
/// Everything recognised in a Word file: the publication as the build's model holds it, a key the file did not give
/// standing empty and named in <see cref="Publication.Unread"/> (a title, a year, the unit's name), with what only an
/// import has: each form with its title, notes and place, and the notes that belong to publication.yaml.
/// </summary>
public sealed record PublicationDraft(Publication Publication, IReadOnlyList<ProjectDraft> Projects, IReadOnlyList<ImportNote> Notes)
{
    /// <summary>The department form (部门整体支出绩效目标表), when the file has one and a department profile matches it.</summary>
    public ImportedForm? Department { get; init; }

    /// <summary>The first form's own title (1.…项目绩效目标表, 项目支出绩效目标申报表…), where a title or year can be suggested from.</summary>
    public string? FormTitle { get; init; }

    public string? Title => Publication.Unread.Contains("title") ? null : Publication.Title;

    public int? Year => Publication.Unread.Contains("year") ? null : Publication.Year;
}
