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
    MarkdownText OverallObjective,
    ImmutableArray<Objective> Objectives,
    MarkdownText Safeguards,
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
}

public sealed record Unit(string Code, string Name);

/// <summary>One 分项绩效目标: a line of work with its goal and its indicator.</summary>
public sealed record Objective(string Name, string Goal, string Indicator, Origin Origin);
