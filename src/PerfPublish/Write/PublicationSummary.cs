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
