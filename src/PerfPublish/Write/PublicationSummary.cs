using System.Collections.Immutable;
using System.Text.Json.Serialization;
using PerfPublish.Forms;
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
    /// <summary>
    /// The sum of the records' headline amounts; null where there is nothing to add up: no project table,
    /// or a project form without a headline amount. Never a zero the content does not hold.
    /// </summary>
    [JsonIgnore]
    public decimal? Total => Labels.Amount is null || Records.IsEmpty ? null : Records.Sum(r => r.Amount ?? 0);

    /// <summary>The page's address relative to the site root.</summary>
    [JsonIgnore]
    public string Href => Slug + "/index.html";

    /// <summary>Who published it: the unit's code where it has one, else its normalised name (<see cref="Write.UnitIdentity"/>).</summary>
    [JsonIgnore]
    public string Unit => UnitIdentity.Of(UnitCode, UnitName);

    /// <summary>The id of the project form profile its records are in, whose tables its open data has.</summary>
    public string Form { get; init; } = FormCatalog.DefaultProject;

    /// <summary>The project form's name (its profile's name:), which the comparison names when a unit changed forms.</summary>
    public string FormName { get; init; } = "";

    /// <summary>What the project form calls the numbers of its records (empty where the form has none).</summary>
    public RecordLabels Labels { get; init; } = RecordLabels.None;

    /// <summary>The department-as-a-whole form's record (部门整体支出绩效目标表), where the publication has one.</summary>
    public DepartmentSummary? Department { get; init; }

    public static PublicationSummary Of(Publication publication) => new(
        publication.Slug, publication.Title, publication.Year, publication.Unit.Code, publication.Unit.Name,
        publication.Category, publication.CurrencyUnit, [.. publication.Projects.Select(p => RecordSummary.Of(p.Order, p.Record))])
    {
        Form = publication.Forms.Project?.Id ?? FormCatalog.DefaultProject,
        FormName = publication.Forms.Project?.Name ?? "",
        Labels = publication.Forms.Project is { } project ? RecordLabels.Of(project) : RecordLabels.None,
        Department = publication.Department is { } department
            ? new DepartmentSummary(department.Profile.Id, RecordLabels.Of(department.Profile), RecordSummary.Of(0, department))
            : null,
    };
}

/// <summary>The department-as-a-whole form's record, with what its form calls its numbers.</summary>
public sealed record DepartmentSummary(string Form, RecordLabels Labels, RecordSummary Record);

/// <summary>A field as the site names it: its key in the form (the open data's name for it) and its printed label.</summary>
public sealed record FieldLabel(string Key, string Label);

/// <summary>
/// What a form profile calls the numbers the site shows of each record, read from its fields: the headline
/// amount (summary: amount), the parts it is the sum of (checks: sums), the cumulative spending plan
/// (checks: cumulative) with the label of the group that holds it, and the indicator trees. A form without
/// one of them has null or an empty list there, and the site shows nothing for it: no column, no zero.
/// </summary>
public sealed record RecordLabels(
    string? Amount,
    ImmutableArray<FieldLabel> Parts,
    string? Plan,
    ImmutableArray<FieldLabel> Checkpoints,
    ImmutableArray<FieldLabel> Trees)
{
    public static RecordLabels None { get; } = new(null, [], null, [], []);

    public static RecordLabels Of(FormProfile profile)
    {
        var amount = profile.Summary.Amount is { } path ? profile.Find(path) : null;
        var parts = amount is null ? null : profile.Sums.FirstOrDefault(s => s.Total == amount.Path && s.Parts.Length >= 2)?.Parts;
        var plan = profile.Cumulative.FirstOrDefault()?.Fields ?? [];
        return new(
            amount?.Label,
            [.. (parts ?? []).Select(p => Labelled(profile.Find(p)!))],
            plan.IsEmpty ? null : GroupLabel(profile, plan),
            [.. plan.Select(p => Labelled(profile.Find(p)!))],
            [.. profile.AllFields.Where(f => f.Type == Forms.FieldType.Indicators).Select(Labelled)]);
    }

    /// <summary>The label a tree is printed under (中期绩效指标), by its key.</summary>
    public string TreeLabel(string key) => Trees.FirstOrDefault(t => t.Key == key)?.Label ?? key;

    private static FieldLabel Labelled(FieldDefinition field) => new(field.Key, field.Label);

    /// <summary>The label of the group that holds the plan's fields (资金支出计划), or null when they are not in one group.</summary>
    private static string? GroupLabel(FormProfile profile, ImmutableArray<string> fields)
    {
        var groups = fields.Select(f => f.Contains('.') ? f[..f.LastIndexOf('.')] : "").Distinct().ToList();
        return groups is [{ Length: > 0 } group] ? profile.Find(group)?.Label : null;
    }
}

/// <summary>
/// One record of a form (a budget project in the seed's) as the charts, site.json and the year-over-year
/// comparison see it: its number, code, name and headline amount, the amount's parts and the cumulative
/// spending plan (in the order of the profile's <see cref="RecordLabels"/>), and its indicators' target values.
/// A value the record does not hold is null, never zero.
/// </summary>
public sealed record RecordSummary(
    int Order,
    string Code,
    string Name,
    decimal? Amount,
    ImmutableArray<decimal?> Parts,
    ImmutableArray<decimal?> SpendingPlan,
    ImmutableArray<IndicatorTarget> Targets)
{
    /// <summary>Name, code and headline amount where the profile's summary: says; parts, plan and trees as <see cref="RecordLabels.Of"/> finds them.</summary>
    public static RecordSummary Of(int order, FormRecord record)
    {
        var profile = record.Profile;
        var amount = profile.Summary.Amount;
        var parts = amount is null ? null : profile.Sums.FirstOrDefault(s => s.Total == amount && s.Parts.Length >= 2)?.Parts;
        var plan = profile.Cumulative.FirstOrDefault()?.Fields ?? [];
        return new(order,
            profile.Summary.Code is { } code ? record.Text(code) : "",
            record.Text(profile.Summary.Name),
            amount is null ? null : record.Number(amount),
            [.. (parts ?? []).Select(record.Number)],
            [.. plan.Select(record.Number)],
            [.. from tree in record.Trees
                let target = tree.TargetColumn
                from first in tree.Levels
                from second in first.Groups
                from item in second.Items
                select new IndicatorTarget(tree.Field.Key, first.Name, second.Name, item.Name, target is null ? null : item.Text(target.Key))]);
    }
}

/// <summary>
/// A 三级指标 by its tree (the form's field: 中期 and 年度 are two) and its place in it, and its target value
/// (指标值); Value is null where the tree has no target column.
/// </summary>
public sealed record IndicatorTarget(string Tree, string Level1, string Level2, string Level3, string? Value)
{
    [JsonIgnore]
    public string Path => $"{Level1} › {Level2} › {Level3}";
}
