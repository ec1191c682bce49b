using AngleSharp.Html.Parser;
using PerfPublish.Tests.Support;
using PerfPublish.Write;
using PerfPublish.Write.Html;

namespace PerfPublish.Tests.Write.Html;

/// <summary>The seed's charts as a reader checks them: bar lengths in proportion, every number in the text alternative.</summary>
public class ChartsTests
{
    private static readonly PublicationSummary Summary = PublicationSummary.Of(Seed.Load());

    [Fact]
    public void Budget_bars_are_in_proportion_to_the_largest_and_the_text_alternative_names_every_amount()
    {
        var svg = Parse(Charts.Budgets("t", Summary.Records, "预算数", "万元"));

        // 6.00, 13.00, 11.03 of the largest (13.00).
        Assert.Equal(["46.15%", "100%", "84.85%"], svg.QuerySelectorAll("rect").Select(r => r.GetAttribute("width")!));
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("条形图，各项目预算数（万元）：国有土地交易中心运行费用 6.00；评审费 13.00；人事代理经费 11.03",
            svg.QuerySelector("title#t")!.TextContent);
    }

    [Fact]
    public void A_spending_plan_bar_is_cut_where_each_checkpoint_ends()
    {
        var svg = Parse(Charts.SpendingPlans("t", Summary.Records.Take(1).ToList(), ["3月底", "6月底", "10月底", "12月底"]));

        // 国有土地交易中心运行费用: 20, 50, 80, 100 (cumulative) → pieces 0–20, 20–50, 50–80, 80–100.
        Assert.Equal([("0%", "20%"), ("20%", "30%"), ("50%", "30%"), ("80%", "20%")],
            svg.QuerySelectorAll("rect").Select(r => (r.GetAttribute("x")!, r.GetAttribute("width")!)));
        Assert.Contains("国有土地交易中心运行费用 20.00%、50.00%、80.00%、100.00%", svg.QuerySelector("title")!.TextContent);
    }

    private static AngleSharp.Dom.IElement Parse(string svg) =>
        new HtmlParser().ParseDocument($"<body>{svg}</body>").QuerySelector("svg")!;
}
