using PerfPublish.Compose;

using PerfPublish.Write;

namespace PerfPublish.Write.Html;

/// <summary>
/// One year's view of the site's index: the bureau's totals for every year, and this year's units
/// grouped by category, each unit once with its budget total and project count. The newest year is
/// index.html; each other year has a page of its own, so no page lists more than one year's units.
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
                [.. g.OrderBy(p => p.UnitCode, StringComparer.Ordinal).Select(Unit)]))
            .ToList();
        var total = totals.Single(t => t.Year == year);
        var description = $"{year}年部门预算绩效目标公开：{total.Units}个单位、{total.Projects}个预算项目，预算数合计{total.Total}。可按单位或项目名称查找，下载开放数据。";
        return new SiteIndexView(total, totals, categories, searchIndex, description, tables);
    }

    /// <summary>The index page of a year: index.html for the newest, index-YYYY.html for the others.</summary>
    public static string PageOf(int year, int newest) => year == newest ? "index.html" : $"index-{year}.html";

    private static SiteYearTotal YearTotal(int year, List<PublicationSummary> publications, List<PublicationSummary> previous, int newest) =>
        new(year, PageOf(year, newest), publications.Count, publications.Sum(p => p.Records.Length), Total(publications),
            previous.Count == 0 ? null : Change(previous, publications));

    private static SiteUnit Unit(PublicationSummary p) =>
        new(RelativeLink.To(p.Href), p.UnitName, p.UnitCode, p.Records.Length, TemplateFunctions.Amount(p.Total) + p.CurrencyUnit);

    /// <summary>The sum of the budgets, per currency unit (a site normally has one: "1234.56万元").</summary>
    public static string Total(IEnumerable<PublicationSummary> publications) =>
        string.Join("、", publications.GroupBy(p => p.CurrencyUnit).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => TemplateFunctions.Amount(g.Sum(p => p.Total)) + g.Key));

    /// <summary>The change of the total from the year before, where both years have one currency unit and the same one.</summary>
    private static string? Change(List<PublicationSummary> before, List<PublicationSummary> after)
    {
        var currencies = before.Concat(after).Select(p => p.CurrencyUnit).Distinct().ToList();
        return currencies.Count == 1
            ? PageOverview.Change(after.Sum(p => p.Total) - before.Sum(p => p.Total), currencies[0])
            : null;
    }
}

/// <summary>A year's totals over all its publications, and the index page that lists them.</summary>
public sealed record SiteYearTotal(int Year, string Href, int Units, int Projects, string Total, string? Change);

/// <summary>The units of one category in one year, with their totals; Id is the section's anchor.</summary>
public sealed record SiteCategory(string Id, string Name, int UnitCount, string Total, IReadOnlyList<SiteUnit> Units);

public sealed record SiteUnit(string Href, string Name, string Code, int Projects, string Total);
