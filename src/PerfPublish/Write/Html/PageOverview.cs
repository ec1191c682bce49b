using System.Net;
using System.Text;

namespace PerfPublish.Write.Html;

/// <summary>
/// The web page's own part, between the title and the document (the Word file stays the official form
/// and has none of it): the unit's other years, the charts with the tables they come from, and what
/// changed since the year before. Every number comes from the publication and every form word (预算数,
/// 其中：财政资金, 3月底 …) from its form profile's labels (<see cref="RecordLabels"/>): what a form does not
/// hold is not shown, neither as a column nor as a zero. Every text is escaped.
/// </summary>
internal sealed class PageOverview(PublicationSummary page, IReadOnlyList<PublicationSummary> unitYears, YearComparison? comparison)
{
    private readonly StringBuilder _html = new();
    private int _tables;

    private RecordLabels Labels => page.Labels;
    private string Currency => page.CurrencyUnit;

    public string Write()
    {
        _html.Append("<section class=\"overview\" aria-labelledby=\"overview\">\n<h2 id=\"overview\">预算一览</h2>\n");
        Paragraph(Headline());
        if (page.Department is { } department && DepartmentLine(department, page.Total) is { } line) Paragraph(line);
        OtherYears();

        if (!page.Records.IsEmpty && Labels.Amount is { } amount) Budgets(amount);
        if (!page.Records.IsEmpty && !Labels.Checkpoints.IsEmpty) SpendingPlans();

        if (comparison is not null) Changes(comparison);
        _html.Append("</section>\n");
        return _html.ToString();
    }

    /// <summary>How many projects, and their total where the form has a headline amount.</summary>
    private string Headline() => page switch
    {
        { Records.IsEmpty: true } => $"{page.UnitName}{page.Year}年的公开文件没有预算项目绩效目标表。",
        { Total: { } total } => $"{page.UnitName}{page.Year}年共有预算项目{page.Records.Length}个，{Labels.Amount}合计{Charts.Number(total)}{Currency}。",
        _ => $"{page.UnitName}{page.Year}年共有预算项目{page.Records.Length}个。",
    };

    /// <summary>
    /// The department form's headline amount and its parts, and, beside a projects' total, why the two differ:
    /// the department's is its whole budget, the projects' only those with a table in the publication.
    /// </summary>
    private string? DepartmentLine(DepartmentSummary department, decimal? projects)
    {
        var labels = department.Labels;
        if (labels.Amount is null || department.Record.Amount is null) return null;
        var parts = labels.Parts.Zip(department.Record.Parts, (label, value) => value is null ? null : $"{label.Label}{Charts.Number(value)}{Currency}")
            .OfType<string>().ToList();
        var line = $"部门（单位）整体支出绩效目标表：{labels.Amount}{Charts.Number(department.Record.Amount)}{Currency}" +
            (parts.Count > 0 ? $"（{string.Join("、", parts)}）" : "") + "。";
        return projects is null ? line
            : line + $"它是部门（单位）全年的预算；上面的{Labels.Amount}合计只含公开了绩效目标表的{page.Records.Length}个预算项目，两者口径不同。";
    }

    private void Budgets(string amount)
    {
        _html.Append("<h3 id=\"chart-budgets\">各项目").Append(E(amount)).Append("</h3>\n");
        Figure(Charts.Budgets("chart-budgets-text", page.Records, amount, Currency), $"各项目{amount}（{Currency}），数据见下表。");
        Table($"各项目{amount}（{Currency}）", ["项目名称", amount, .. Labels.Parts.Select((p, i) => i == 0 ? PartOf(p.Label) : p.Label)],
            page.Records.Select(p => (p.Name, new[] { Charts.Number(p.Amount) }.Concat(p.Parts.Select(Charts.Number)).ToArray())));
    }

    /// <summary>The first part of a total reads as one of its parts: 其中：财政资金 (a label that says so already is kept).</summary>
    private static string PartOf(string label) => label.StartsWith("其中", StringComparison.Ordinal) ? label : "其中：" + label;

    private void SpendingPlans()
    {
        var plan = Labels.Plan ?? "资金支出计划";
        var checkpoints = Labels.Checkpoints.Select(c => c.Label).ToList();
        _html.Append("<h3 id=\"chart-plans\">").Append(E(plan)).Append("（累计）</h3>\n");
        Figure(Charts.SpendingPlans("chart-plans-text", page.Records, checkpoints), "各项目截至各时点累计支出占预算的百分比，数据见下表。");
        _html.Append("<ul class=\"legend\" aria-hidden=\"true\">");
        for (var i = 0; i < checkpoints.Count; i++)
            _html.Append("<li><span class=\"swatch plan-").Append(i + 1).Append("\"></span>").Append("至").Append(E(checkpoints[i])).Append("</li>");
        _html.Append("</ul>\n");
        Table($"{plan}（截至各时点累计支出占预算的百分比）", ["项目名称", .. checkpoints],
            page.Records.Select(p => (p.Name, p.SpendingPlan.Select(Charts.PercentOrDash).ToArray())));
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

    private void Changes(YearComparison changes)
    {
        var before = changes.Previous.Year;
        _html.Append("<h3 id=\"changes\">与").Append(before).Append("年相比</h3>\n");
        if (!changes.SameForm)
            Paragraph($"两年的项目表表式不同（{before}年：{changes.Previous.FormName}；{page.Year}年：{changes.Current.FormName}），只对比两年都有的内容{Uncompared(changes)}。");
        Paragraph(TotalLine(changes));
        if (changes.Department is { } department)
            Paragraph($"部门（单位）整体支出绩效目标表的{page.Department!.Labels.Amount}：{before}年{Charts.Number(department.Before)}{Currency}，" +
                $"{page.Year}年{Charts.Number(department.After)}{Currency}，{Change(department.Change, Currency)}。");
        if (!changes.HasChanges) return;

        var amount = Labels.Amount ?? "金额";
        if (changes.Budgets.Count > 0)
            Table($"{amount}有增减的项目（{Currency}）", ["项目名称", $"{before}年", $"{page.Year}年", "增减"],
                changes.Budgets.Select(c => (c.Project, new[] { Charts.Number(c.Before), Charts.Number(c.After), Change(c.Change, Currency) })));
        ProjectList($"{page.Year}年新增的项目", changes.Added, Labels);
        ProjectList($"{before}年有、{page.Year}年不再列出的项目", changes.Dropped, changes.Previous.Labels);
        Renamed(changes);
        Indicators(changes);
    }

    /// <summary>"；2020年的中期绩效指标、年度绩效指标和2021年的绩效指标未逐项对比", naming the trees only one year's form has.</summary>
    private static string Uncompared(YearComparison changes)
    {
        var years = new[] { (changes.Previous.Year, changes.TreesOnlyBefore), (changes.Current.Year, changes.TreesOnlyNow) }
            .Where(y => y.Item2.Count > 0)
            .Select(y => $"{y.Item1}年的{string.Join("、", y.Item2.Select(t => t.Label))}")
            .ToList();
        return years.Count == 0 ? "" : $"；{string.Join("和", years)}未逐项对比";
    }

    /// <summary>The totals of both years and their change, where both have one; otherwise what each year has.</summary>
    private string TotalLine(YearComparison changes)
    {
        var (previous, before) = (changes.Previous, changes.Previous.Year);
        if (changes.TotalChange is { } change)
            return previous.Labels.Amount == Labels.Amount
                ? $"{Labels.Amount}合计：{before}年{Charts.Number(previous.Total)}{Currency}，{page.Year}年{Charts.Number(page.Total)}{Currency}，{Change(change, Currency)}。"
                : $"{before}年{previous.Labels.Amount}合计{Charts.Number(previous.Total)}{Currency}，{page.Year}年{Labels.Amount}合计{Charts.Number(page.Total)}{Currency}，{Change(change, Currency)}。";
        return $"{before}年{TotalOf(previous)}，{page.Year}年{TotalOf(page)}，合计不作比较。";
    }

    private static string TotalOf(PublicationSummary year) => year switch
    {
        { Records.IsEmpty: true } => "没有预算项目绩效目标表",
        { Total: { } total } => $"{year.Labels.Amount}合计{Charts.Number(total)}{year.CurrencyUnit}",
        _ => $"有预算项目{year.Records.Length}个，项目表没有金额",
    };

    private void ProjectList(string title, IReadOnlyList<RecordSummary> projects, RecordLabels labels)
    {
        if (projects.Count == 0) return;
        _html.Append("<p>").Append(E(title)).Append("：</p>\n<ul>");
        foreach (var project in projects) _html.Append("<li>").Append(E(project.Name + AmountOf(project, labels))).Append("</li>");
        _html.Append("</ul>\n");
    }

    /// <summary>"（预算数6.00万元）", or nothing where the record or its form has no headline amount.</summary>
    private string AmountOf(RecordSummary project, RecordLabels labels) =>
        labels.Amount is { } label && project.Amount is { } amount ? $"（{label}{Charts.Number(amount)}{Currency}）" : "";

    /// <summary>Projects matched only by their fields: shown as a guess, with both names, not as one added and one dropped.</summary>
    private void Renamed(YearComparison changes)
    {
        if (changes.Renamed.Count == 0) return;
        var before = changes.Previous.Year;
        _html.Append("<p>").Append(E("名称不同、内容大体相同的项目（可能是同一项目改了名称）：")).Append("</p>\n<ul>");
        foreach (var pair in changes.Renamed)
            _html.Append("<li>").Append(E($"{before}年“{pair.Before.Name}”{AmountOf(pair.Before, changes.Previous.Labels)} → " +
                $"{page.Year}年“{pair.After.Name}”{AmountOf(pair.After, Labels)}")).Append("</li>");
        _html.Append("</ul>\n");
    }

    /// <summary>Changed target values, renamed indicators, and those only one year has, each within its own tree.</summary>
    private void Indicators(YearComparison changes)
    {
        var (before, now, indicators) = (changes.Previous.Year, page.Year, changes.Indicators);
        if (indicators.Values.Count > 0)
            Table("指标值有变化的绩效指标", ["项目名称", "绩效指标", $"{before}年指标值", $"{now}年指标值"],
                indicators.Values.Select(t => (t.Project, new[] { PathOf(t.Project, t.Target), t.Before, t.Target.Value ?? "" })));
        if (indicators.Renamed.Count > 0)
            Table("名称有变化的绩效指标（同一项目、同一一级和二级指标下名称相近）", ["项目名称", $"{before}年的名称", $"{now}年的名称"],
                indicators.Renamed.Select(r => (r.Project, new[] { NamedWithValue(r.Project, r.Before), NamedWithValue(r.Project, r.After) })));
        if (indicators.Unmatched.Count == 0) return;
        _html.Append("<p>").Append(E("只在一年中有的绩效指标：")).Append("</p>\n<ul>");
        foreach (var project in indicators.Unmatched.GroupBy(u => u.Project))
        {
            var added = project.Where(u => u.ThisYear).Select(u => PathOf(project.Key, u.Target)).ToList();
            var dropped = project.Where(u => !u.ThisYear).Select(u => PathOf(project.Key, u.Target)).ToList();
            var parts = new[]
            {
                added.Count > 0 ? $"{now}年新增{string.Join("；", added)}" : null,
                dropped.Count > 0 ? $"{before}年有、{now}年不再列出{string.Join("；", dropped)}" : null,
            };
            _html.Append("<li>").Append(E($"{project.Key}：{string.Join("。", parts.OfType<string>())}")).Append("</li>");
        }
        _html.Append("</ul>\n");
    }

    /// <summary>An indicator's path, after its tree's label where its form has more than one tree (中期绩效指标 and 年度绩效指标).</summary>
    private string PathOf(string record, IndicatorTarget target)
    {
        var labels = record == YearComparison.DepartmentRecord ? page.Department?.Labels ?? Labels : Labels;
        return labels.Trees.Length > 1 ? $"{labels.TreeLabel(target.Tree)}：{target.Path}" : target.Path;
    }

    private string NamedWithValue(string record, IndicatorTarget target) =>
        PathOf(record, target) + (target.Value is { Length: > 0 } value ? $"（{value}）" : "");

    private void Paragraph(string text) => _html.Append("<p>").Append(E(text)).Append("</p>\n");

    private void Figure(string svg, string caption) =>
        _html.Append("<figure>").Append(svg).Append("<figcaption>").Append(E(caption)).Append("</figcaption></figure>\n");

    /// <summary>The overview's tables are numbered apart from the document's (table-1 …), which share the page.</summary>
    private void Table(string caption, IReadOnlyList<string> columns, IEnumerable<(string Header, string[] Cells)> rows) =>
        DataTableHtml.Append(_html, $"overview-table-{++_tables}", caption, columns, rows);

    /// <summary>"增加2.07万元", "减少1.00万元", "持平".</summary>
    internal static string Change(decimal change, string currency) => change switch
    {
        > 0 => $"增加{Charts.Number(change)}{currency}",
        < 0 => $"减少{Charts.Number(-change)}{currency}",
        _ => "持平",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
