using PerfPublish.Compose;

namespace PerfPublish.Write.Html;

/// <summary>
/// One year's view of the site's index: the bureau's totals for every year, and this year's units
/// grouped by category, each unit once with its budget total and project count. The newest year is
/// index.html; each other year has a page of its own, so no page lists more than one year's units.
/// A year is compared with the year before over the units that published in both only.
/// </summary>
public sealed record SiteIndexView(
    SiteYearTotal Year,
    IReadOnlyList<SiteYearTotal> Years,
    IReadOnlyList<SiteCategory> Categories,
    string SearchIndex,
    string Description,
    IReadOnlyList<Data.SiteTableLink> Tables)
{
    /// <summary>The category a unit without one is listed under.</summary>
    public const string OtherCategory = "其他单位";

    public static SiteIndexView For(int year, IReadOnlyList<PublicationSummary> all, string searchIndex, IReadOnlyList<Data.SiteTableLink> tables)
    {
        var years = all.GroupBy(p => p.Year).OrderByDescending(g => g.Key).ToList();
        var totals = years.Select(g => YearTotal(g.Key, g.ToList(), all.Where(p => p.Year == g.Key - 1).ToList(), years[0].Key)).ToList();
        var publications = all.Where(p => p.Year == year).ToList();
        var categories = publications
            .GroupBy(p => p.Category ?? OtherCategory)
            .OrderBy(g => g.Key == OtherCategory).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => new SiteCategory($"category-{i + 1}", g.Key, g.Count(), Total(g),
                [.. g.OrderBy(p => p.UnitCode, StringComparer.Ordinal).ThenBy(p => p.Slug, StringComparer.Ordinal).Select(Unit)]))
            .ToList();
        var total = totals.Single(t => t.Year == year);
        var description = $"{year}年部门预算绩效目标公开：{total.Units}个单位、{total.Projects}个预算项目" +
            (total.Total.Length > 0 ? $"，预算数合计{total.Total}" : "") + "。可按单位或项目名称查找，下载开放数据。";
        return new SiteIndexView(total, totals, categories, searchIndex, description, tables);
    }

    /// <summary>The index page of a year: index.html for the newest, index-YYYY.html for the others.</summary>
    public static string PageOf(int year, int newest) => year == newest ? "index.html" : $"index-{year}.html";

    private static SiteYearTotal YearTotal(int year, List<PublicationSummary> publications, List<PublicationSummary> previous, int newest) =>
        new(year, PageOf(year, newest), publications.Count, publications.Sum(p => p.Records.Length), Total(publications),
            previous.Count == 0 ? null : SiteYearChange.Between(year - 1, previous, publications));

    private static SiteUnit Unit(PublicationSummary p) =>
        new(RelativeLink.To(p.Href), p.UnitName, p.UnitCode, p.Records.Length, p.Total is { } total ? TemplateFunctions.Amount(total) + p.CurrencyUnit : "");

    /// <summary>
    /// The sum of the publications' totals, per currency unit (a site normally has one: "1234.56万元"); ""
    /// where none of them has a total (no project tables, or forms without an amount): never a made-up 0.00.
    /// </summary>
    public static string Total(IEnumerable<PublicationSummary> publications) =>
        string.Join("、", publications.Where(p => p.Total is not null).GroupBy(p => p.CurrencyUnit).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => TemplateFunctions.Amount(g.Sum(p => p.Total!.Value)) + g.Key));
}
