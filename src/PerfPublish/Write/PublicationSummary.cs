using System.Collections.Immutable;
using System.Text.Json.Serialization;
using PerfPublish.Model;

namespace PerfPublish.Write;

/// <summary>
/// What the site's shared pages (the index, the search index, site.json, the sitemap, a unit's other
/// years and what changed since the year before) need to know of one publication: small, and built from
/// the publication alone, so the site can be assembled from publications built separately. The open-data
/// tables are not here: the site-wide CSVs are stacked from each publication's own files.
/// </summary>
public sealed record PublicationSummary(
    string Slug,
    string Title,
    int Year,
    string UnitCode,
    string UnitName,
    string? Category,
    string CurrencyUnit,
    ImmutableArray<RecordSummary> Records)
{
    // The computed properties are left out of the build manifest, which records every summary.
    /// <summary>The sum of the records' headline amounts.</summary>
    [JsonIgnore]
    public decimal Total => Records.Sum(r => r.Amount);

    /// <summary>
    /// Which unit the publication is of: its code where it has one, else its name. Units without a code must
    /// not all fall together under the empty code (the comparison's identity rules are issue 20's to refine).
    /// </summary>
    [JsonIgnore]
    public string Unit => UnitCode.Length > 0 ? UnitCode : "name:" + UnitName;

    /// <summary>The page's address relative to the site root.</summary>
    [JsonIgnore]
    public string Href => Slug + "/index.html";

    /// <summary>The id of the project form profile its records are in, whose tables its open data has.</summary>
    public string Form { get; init; } = Forms.FormCatalog.DefaultProject;

    public static PublicationSummary Of(Publication publication) => new(
        publication.Slug, publication.Title, publication.Year, publication.Unit.Code, publication.Unit.Name,
        publication.Category, publication.CurrencyUnit, [.. publication.Projects.Select(RecordSummary.Of)])
    {
        Form = publication.Forms.Project?.Id ?? Forms.FormCatalog.DefaultProject,
    };
}

/// <summary>
/// One record of the form (a budget project in the seed's) as the charts, site.json and the year-over-year
/// comparison see it: its number, code, name and headline amount, the amount's split and the cumulative
/// spending plan (empty where a form has none), and its indicators' target values.
/// </summary>
public sealed record RecordSummary(
    int Order,
    string Code,
    string Name,
    decimal Amount,
    decimal Fiscal,
    decimal Other,
    ImmutableArray<decimal> SpendingPlan,
    ImmutableArray<IndicatorTarget> Targets)
{
    /// <summary>
    /// Name, code and headline amount where the profile's summary: says; the amount's two parts are those of
    /// the profile's sum whose total it is (预算数 = 财政资金 + 其他资金), the spending plan its first cumulative
    /// plan, and the targets the target column of every indicator tree. A profile without them gives zeros.
    /// </summary>
    public static RecordSummary Of(Project project)
    {
        var record = project.Record;
        var profile = record.Profile;
        var parts = profile.Sums.FirstOrDefault(s => s.Total == profile.Summary.Amount && s.Parts.Length >= 2)?.Parts;
        var plan = profile.Cumulative.FirstOrDefault()?.Fields ?? [];
        return new(project.Order, project.Code, project.Name, project.Amount,
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
    [JsonIgnore]
    public string Path => $"{Level1} › {Level2} › {Level3}";
}
