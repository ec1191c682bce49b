using System.Collections.Immutable;
using PerfPublish.Model;
using PerfPublish.Write.Data;

namespace PerfPublish.Write;

/// <summary>
/// What the site's shared pages (the index, the search index, the site-wide open data, the sitemap,
/// a unit's other years) need to know of one publication: small, and built from the publication alone,
/// so the site can be assembled from publications built separately.
/// </summary>
public sealed record PublicationSummary(
    string Slug,
    string Title,
    int Year,
    string UnitCode,
    string UnitName,
    string? Category,
    string CurrencyUnit,
    ImmutableArray<ProjectSummary> Projects,
    DataTable Budgets,
    DataTable Indicators)
{
    public decimal BudgetTotal => Projects.Sum(p => p.Total);

    /// <summary>The page's address relative to the site root.</summary>
    public string Href => Slug + "/index.html";

    public static PublicationSummary Of(Publication publication) => new(
        publication.Slug, publication.Title, publication.Year, publication.Unit.Code, publication.Unit.Name,
        publication.Category, publication.CurrencyUnit,
        [.. publication.Projects.Select(ProjectSummary.Of)],
        OpenDataTables.Budgets(publication), OpenDataTables.Indicators(publication));
}

/// <summary>One project as the charts and the year-over-year comparison see it.</summary>
public sealed record ProjectSummary(
    string Code,
    string Name,
    decimal Total,
    decimal Fiscal,
    decimal Other,
    ImmutableArray<decimal> SpendingPlan,
    ImmutableArray<IndicatorTarget> Indicators)
{
    public static ProjectSummary Of(Project project) => new(
        project.Code, project.Name, project.Budget.Total, project.Budget.Fiscal, project.Budget.Other,
        [.. project.SpendingPlan.Percentages],
        [.. from first in project.Indicators
            from second in first.Groups
            from item in second.Items
            select new IndicatorTarget(first.Name, second.Name, item.Name, item.Value)]);
}

/// <summary>A 三级指标 by its place in the indicator tree, and its target value (指标值).</summary>
public sealed record IndicatorTarget(string Level1, string Level2, string Level3, string Value)
{
    public string Path => $"{Level1} › {Level2} › {Level3}";
}
