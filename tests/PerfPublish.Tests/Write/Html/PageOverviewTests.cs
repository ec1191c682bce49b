using AngleSharp.Html.Parser;
using PerfPublish.Diagnostics;
using PerfPublish.Tests.Support;
using PerfPublish.Write;
using PerfPublish.Write.Html;

namespace PerfPublish.Tests.Write.Html;

/// <summary>
/// The page's overview prints what the form holds and nothing else: a form's own labels, no column, chart or
/// zero for a field it lacks, and, when a unit changed forms, what could not be compared.
/// </summary>
public class PageOverviewTests
{
    private static readonly PublicationSummary SeedSummary = PublicationSummary.Of(Seed.Load()) with { Slug = "2021-632001" };

    private static AngleSharp.Dom.IElement Overview(PublicationSummary page, YearComparison? comparison = null)
    {
        var diagnostics = new DiagnosticBag();
        var html = Seed.Templates.Html.WritePage(Seed.Tree, Seed.PageOf(Seed.Publication), diagnostics, new PageFacts(page, [page], comparison))!;
        Assert.Empty(diagnostics.Items);
        return new HtmlParser().ParseDocument(html).QuerySelector(".overview")!;
    }

    [Fact]
    public void A_form_with_a_headline_amount_but_no_parts_or_plan_gets_one_amount_column_and_no_plan()
    {
        var overview = Overview(SeedSummary with { Labels = SeedSummary.Labels with { Parts = [], Plan = null, Checkpoints = [] } });

        var table = Assert.Single(overview.QuerySelectorAll("table"));
        Assert.Equal(["项目名称", "预算数"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Null(overview.QuerySelector("#chart-plans"));
        Assert.DoesNotContain("财政资金", overview.TextContent);
    }

    [Fact]
    public void A_form_without_a_headline_amount_says_how_many_projects_and_shows_no_amount_at_all()
    {
        var overview = Overview(SeedSummary with
        {
            Labels = RecordLabels.None,
            Records = [.. SeedSummary.Records.Select(r => r with { Amount = null, Parts = [], SpendingPlan = [] })],
        });

        Assert.Equal("秦皇岛市北戴河区政府采购中心(本级)2021年共有预算项目3个。", overview.QuerySelector("p")!.TextContent);
        Assert.Empty(overview.QuerySelectorAll("svg, table"));
        Assert.DoesNotContain("0.00", overview.TextContent);
    }

    [Fact]
    public void A_unit_that_changed_forms_is_told_so_and_the_trees_of_one_form_only_are_not_listed_one_by_one()
    {
        var central = PublicationSummary.Of(PerfPublish.Load.PublicationLoader.Load(TruthSite.Fixture("central-2020"), Seed.Forms, new DiagnosticBag())!)
            with { UnitCode = SeedSummary.UnitCode, Slug = "2020-632001" };

        var overview = Overview(SeedSummary, YearComparison.Between(central, SeedSummary));

        Assert.Contains("两年的项目表表式不同（2020年：项目支出绩效目标申报表（中央部门，2015年版式）；2021年：预算项目绩效目标表（河北秦皇岛，2021年版式）），" +
            "只对比两年都有的内容；2020年的中期绩效指标、年度绩效指标和2021年的绩效指标未逐项对比。", overview.TextContent);
        Assert.Contains("2020年当年资金总额合计2300.00万元，2021年预算数合计30.03万元，减少2269.97万元。", overview.TextContent);
        Assert.DoesNotContain("只在一年中有", overview.TextContent);
    }
}
