using System.Net;
using System.Text;
using PerfPublish.Compose;

using PerfPublish.Write;

namespace PerfPublish.Write.Html;

/// <summary>
/// The web page's own part, between the title and the document (the Word file stays the official form
/// and has none of it): the unit's other years, the charts with the tables they come from, and what
/// changed since the year before. Every text is escaped; the numbers come from the publication itself.
/// </summary>
internal sealed class PageOverview(PublicationSummary page, IReadOnlyList<PublicationSummary> unitYears, YearComparison? comparison)
{
    private static readonly string[] Checkpoints = ["3月底", "6月底", "10月底", "12月底"];
    private readonly StringBuilder _html = new();
    private int _tables;

    public string Write()
    {
        var currency = page.CurrencyUnit;
        _html.Append("<section class=\"overview\" aria-labelledby=\"overview\">\n<h2 id=\"overview\">预算一览</h2>\n");
        _html.Append("<p>").Append(E($"{page.UnitName}{page.Year}年共有预算项目{page.Records.Length}个，预算数合计{Amount(page.Total)}{currency}。")).Append("</p>\n");
        OtherYears();

        _html.Append("<h3 id=\"chart-budgets\">各项目预算数</h3>\n");
        Figure(Charts.Budgets("chart-budgets-text", page.Records, currency), $"各项目预算数（{currency}），数据见下表。");
        Table($"各项目预算数（{currency}）", ["项目名称", "预算数", "其中：财政资金", "其他资金"],
            page.Records.Select(p => (p.Name, new[] { Amount(p.Amount), Amount(p.Fiscal), Amount(p.Other) })));

        // The chart is the seed form's four-checkpoint plan; a form without that plan (see its profile's
        // cumulative: check) has no chart rather than an empty one.
        if (page.Records.Any(r => r.SpendingPlan.Length == Checkpoints.Length)) SpendingPlans();

        if (comparison is not null) Changes(comparison, currency);
        _html.Append("</section>\n");
        return _html.ToString();
    }

    private void SpendingPlans()
    {
        _html.Append("<h3 id=\"chart-plans\">资金支出计划（累计）</h3>\n");
        Figure(Charts.SpendingPlans("chart-plans-text", page.Records, Checkpoints), "各项目截至各时点累计支出占预算的百分比，数据见下表。");
        _html.Append("<ul class=\"legend\" aria-hidden=\"true\">");
        for (var i = 0; i < Checkpoints.Length; i++)
            _html.Append("<li><span class=\"swatch plan-").Append(i + 1).Append("\"></span>").Append("至").Append(Checkpoints[i]).Append("</li>");
        _html.Append("</ul>\n");
        Table("资金支出计划（截至各时点累计支出占预算的百分比）", ["项目名称", .. Checkpoints],
            page.Records.Select(p => (p.Name, p.SpendingPlan.Select(TemplateFunctions.Percent).ToArray())));
    }

    /// <summary>The unit's publications of every year, this one named but not linked.</summary>
    private void OtherYears()
    {
        if (unitYears.Count < 2) return;
        _html.Append("<nav class=\"years\" aria-label=\"本单位各年度\"><p>本单位各年度：</p><ul>");
        foreach (var year in unitYears.OrderBy(y => y.Year))
        {
            _html.Append("<li>");
            if (year.Slug == page.Slug) _html.Append("<span aria-current=\"page\">").Append(year.Year).Append("年</span>");
            else _html.Append("<a href=\"../").Append(E(year.Href)).Append("\">").Append(year.Year).Append("年</a>");
            _html.Append("</li>");
        }
        _html.Append("</ul></nav>\n");
    }

    private void Changes(YearComparison changes, string currency)
    {
        var before = changes.Previous.Year;
        _html.Append("<h3 id=\"changes\">与").Append(before).Append("年相比</h3>\n<p>")
            .Append(E($"预算数合计：{before}年{Amount(changes.Previous.Total)}{currency}，{page.Year}年{Amount(page.Total)}{currency}，{Change(changes.TotalChange, currency)}。"))
            .Append("</p>\n");
        if (!changes.HasChanges) return;

        if (changes.Budgets.Count > 0)
            Table($"预算数有增减的项目（{currency}）", ["项目名称", $"{before}年", $"{page.Year}年", "增减"],
                changes.Budgets.Select(c => (c.Project, new[] { Amount(c.Before), Amount(c.After), Change(c.Change, currency) })));
        ProjectList($"{page.Year}年新增的项目", changes.Added, currency);
        ProjectList($"{before}年有、{page.Year}年不再列出的项目", changes.Dropped, currency);
        if (changes.Targets.Count > 0)
            Table("指标值有变化的绩效指标", ["项目名称", "绩效指标", $"{before}年指标值", $"{page.Year}年指标值"],
                changes.Targets.Select(t => (t.Project, new[] { t.Target.Path, t.Before, t.Target.Value })));
    }

    private void ProjectList(string title, IReadOnlyList<RecordSummary> projects, string currency)
    {
        if (projects.Count == 0) return;
        _html.Append("<p>").Append(E(title)).Append("：</p>\n<ul>");
        foreach (var project in projects) _html.Append("<li>").Append(E($"{project.Name}（预算数{Amount(project.Amount)}{currency}）")).Append("</li>");
        _html.Append("</ul>\n");
    }

    private void Figure(string svg, string caption) =>
        _html.Append("<figure>").Append(svg).Append("<figcaption>").Append(E(caption)).Append("</figcaption></figure>\n");

    /// <summary>A data table in its own focusable scroll region, like the document's tables: a row header per row.</summary>
    private void Table(string caption, IReadOnlyList<string> columns, IEnumerable<(string Header, string[] Cells)> rows)
    {
        var id = $"overview-table-{++_tables}";
        _html.Append("<section class=\"table-scroll\" tabindex=\"0\" aria-labelledby=\"").Append(id).Append("\">\n<table class=\"data\">\n<caption id=\"")
            .Append(id).Append("\">").Append(E(caption)).Append("</caption>\n<thead><tr>");
        foreach (var column in columns) _html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (header, cells) in rows)
        {
            _html.Append("<tr><th scope=\"row\">").Append(E(header)).Append("</th>");
            foreach (var cell in cells) _html.Append("<td>").Append(E(cell)).Append("</td>");
            _html.Append("</tr>\n");
        }
        _html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>"增加2.07万元", "减少1.00万元", "持平".</summary>
    internal static string Change(decimal change, string currency) => change switch
    {
        > 0 => $"增加{Amount(change)}{currency}",
        < 0 => $"减少{Amount(-change)}{currency}",
        _ => "持平",
    };

    private static string Amount(decimal value) => TemplateFunctions.Amount(value);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
