using System.Globalization;
using System.Net;
using System.Text;
using PerfPublish.Compose;

using PerfPublish.Write;

namespace PerfPublish.Write.Html;

/// <summary>
/// The page's charts, drawn at build time as inline SVG (no script). Bars are sized in percent of the
/// chart's width and heights in em of the page's own font size, so a chart fits a 360 px phone and a
/// wide screen alike without shrinking its text, and grows with the reader's text size and zoom. Each chart is an image named by its text alternative, which
/// says every number; the table it comes from follows it on the page.
/// </summary>
public static class Charts
{
    // In em: a label line, the bar below it, a gap.
    private const decimal RowHeight = 3.2m;
    private const decimal LabelBaseline = 1.1m;
    private const decimal BarTop = 1.5m;
    private const decimal BarHeight = 1.1m;

    /// <summary>The longest project name drawn in full; the text alternative and the table always have the whole name.</summary>
    private const int MaxLabel = 14;

    /// <summary>
    /// One bar per project, its length the project's share of the largest amount; <paramref name="amount"/> is
    /// what the form calls it (预算数, 当年资金总额). A project without the amount has its name and a dash, no bar.
    /// </summary>
    public static string Budgets(string id, IReadOnlyList<RecordSummary> projects, string amount, string currency)
    {
        var largest = projects.Max(p => p.Amount) ?? 0;
        var alternative = $"条形图，各项目{amount}（{currency}）：" +
            string.Join("；", projects.Select(p => $"{p.Name} {Number(p.Amount)}"));
        var svg = Start(id, projects.Count, alternative);
        foreach (var (project, row) in projects.Select((p, i) => (p, i)))
        {
            var top = row * RowHeight;
            Label(svg, top, $"{Short(project.Name)}　{Number(project.Amount)}{(project.Amount is null ? "" : currency)}");
            Bar(svg, top, 0, largest == 0 || project.Amount is not { } value ? 0 : value * 100 / largest, "bar");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// One bar per project from 0 to 100% of its budget, cut where each checkpoint's cumulative
    /// percentage ends: the shade of a piece says by which checkpoint (3月底 … 12月底, the form's labels) it is to be
    /// spent. A checkpoint the record leaves empty draws no piece and reads as a dash.
    /// </summary>
    public static string SpendingPlans(string id, IReadOnlyList<RecordSummary> projects, IReadOnlyList<string> checkpoints)
    {
        var alternative = $"分段条形图，各项目资金支出计划（截至各时点累计支出占预算的百分比，{string.Join("、", checkpoints)}）：" +
            string.Join("；", projects.Select(p => $"{p.Name} " + string.Join("、", p.SpendingPlan.Select(PercentOrDash))));
        var svg = Start(id, projects.Count, alternative);
        foreach (var (project, row) in projects.Select((p, i) => (p, i)))
        {
            var top = row * RowHeight;
            Label(svg, top, Short(project.Name));
            var from = 0m;
            foreach (var (percent, checkpoint) in project.SpendingPlan.Select((p, i) => (p, i)))
            {
                if (percent is null) continue;
                var to = Math.Clamp(percent.Value, from, 100m);
                Bar(svg, top, from, to - from, $"plan-{checkpoint + 1}");
                from = to;
            }
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Start(string id, int rows, string alternative) =>
        new StringBuilder()
            .Append("<svg class=\"chart\" width=\"100%\" height=\"").Append(Em(Math.Max(1, rows) * RowHeight))
            .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("\" focusable=\"false\">")
            .Append("<title id=\"").Append(id).Append("\">").Append(WebUtility.HtmlEncode(alternative)).Append("</title>");

    private static void Label(StringBuilder svg, decimal top, string text) =>
        svg.Append("<text x=\"0\" y=\"").Append(Em(top + LabelBaseline)).Append("\">").Append(WebUtility.HtmlEncode(text)).Append("</text>");

    private static void Bar(StringBuilder svg, decimal top, decimal fromPercent, decimal widthPercent, string kind)
    {
        if (widthPercent <= 0) return;
        svg.Append("<rect class=\"").Append(kind).Append("\" x=\"").Append(Percent(fromPercent)).Append("\" y=\"").Append(Em(top + BarTop))
            .Append("\" width=\"").Append(Percent(widthPercent)).Append("\" height=\"").Append(Em(BarHeight)).Append("\"/>");
    }

    /// <summary>An amount as the form prints it, or a dash where the record has none (never a zero it does not hold).</summary>
    public static string Number(decimal? value) => value is { } amount ? TemplateFunctions.Amount(amount) : Dash;

    public static string PercentOrDash(decimal? value) => value is { } percent ? TemplateFunctions.Percent(percent) : Dash;

    public const string Dash = "—";

    private static string Em(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "em";

    private static string Percent(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Short(string name) => name.Length <= MaxLabel ? name : name[..(MaxLabel - 1)] + "…";
}
