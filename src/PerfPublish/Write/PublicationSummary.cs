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
    /// <summary>
    /// Name, code and headline amount where the profile's summary: says; the amount's two parts are those of
    /// the profile's sum whose total it is (预算数 = 财政资金 + 其他资金), the spending plan its first cumulative
    /// plan, and the targets the target column of every indicator tree. A profile without them gives zeros.
    /// </summary>
    public static ProjectSummary Of(Project project)
    {
        var record = project.Record;
        var profile = record.Profile;
        var parts = profile.Sums.FirstOrDefault(s => s.Total == profile.Summary.Amount && s.Parts.Length >= 2)?.Parts;
        var plan = profile.Cumulative.FirstOrDefault()?.Fields ?? [];
        return new(project.Code, project.Name, project.Amount,
            parts is null ? 0 : record.Number(parts.Value[0]) ?? 0,
            parts is null ? 0 : parts.Value.Skip(1).Sum(p => record.Number(p) ?? 0),
            [.. plan.Select(p => record.Number(p) ?? 0)],
            [.. from tree in record.Trees
                let target = tree.TargetColumn
                from first in tree.Levels
                from second in first.Groups
                from item in second.Items
                select new IndicatorTarget(first.Name, second.Name, item.Name, target is null ? "" : item.Text(target.Key))]);
    }
}

/// <summary>A 三级指标 by its place in the indicator tree, and its target value (指标值).</summary>
public sealed record IndicatorTarget(string Level1, string Level2, string Level3, string Value)
{
    public string Path => $"{Level1} › {Level2} › {Level3}";
}
