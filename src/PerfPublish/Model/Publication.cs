using System.Collections.Immutable;

namespace PerfPublish.Model;

/// <summary>One annual publication: a folder under content/ with its publication.yaml.</summary>
public sealed record Publication(
    string Slug,
    string Title,
    int Year,
    Unit Unit,
    string CurrencyUnit,
    string Framework,
    MarkdownText? OverallObjective,
    ImmutableArray<Objective> Objectives,
    MarkdownText? Safeguards,
    ImmutableArray<Project> Projects,
    Origin Origin)
{
    /// <summary>
    /// Keys of publication.yaml whose values could not be read (each already reported as an error) and
    /// stand empty here. Everything else is still checked, so an editor sees every problem in one run;
    /// a rule that needs one of these keys passes over it, and a publication with errors is never built.
    /// </summary>
    public ImmutableHashSet<string> Unread { get; init; } = [];

    /// <summary>The unit's department or category (教育, 卫生健康, …) that the site's index groups units by; optional.</summary>
    public string? Category { get; init; }

    /// <summary>The form profiles of its projects and of the department as a whole (publication.yaml's forms:).</summary>
    public PublicationForms Forms { get; init; } = new(null, null);

    /// <summary>The department-as-a-whole form's record (department.yaml), printed in 第一部分 after the prose; null without one.</summary>
    public FormRecord? Department { get; init; }

    /// <summary>
    /// The Markdown prose of 第一部分 that the publication has (总体绩效目标, 工作保障措施): both are optional,
    /// since most offices publish their forms alone.
    /// </summary>
    public IEnumerable<MarkdownText> Prose => new[] { OverallObjective, Safeguards }.OfType<MarkdownText>();
}
