using PerfPublish.Tests.Support;
using PerfPublish.Write;

namespace PerfPublish.Tests.Write;

/// <summary>What each shipped form calls the numbers the site shows (RecordLabels), read from its profile alone.</summary>
public class PublicationSummaryTests
{
    [Fact]
    public void Each_profile_names_its_headline_amount_its_parts_its_plan_and_its_trees()
    {
        var seed = RecordLabels.Of(Seed.Forms.Find("hebei-project-2021")!);
        var central = RecordLabels.Of(Seed.Forms.Find("central-project")!);
        var department = RecordLabels.Of(Seed.Forms.Find("department-whole")!);

        Assert.Equal(("预算数", "资金支出计划"), (seed.Amount, seed.Plan));
        Assert.Equal(["财政资金", "其他资金"], seed.Parts.Select(p => p.Label));
        Assert.Equal(["3月底", "6月底", "10月底", "12月底"], seed.Checkpoints.Select(c => c.Label));
        Assert.Equal(("当年资金总额", null), (central.Amount, central.Plan));
        Assert.Equal(["其中：当年财政拨款", "当年其他资金"], central.Parts.Select(p => p.Label));
        Assert.Empty(central.Checkpoints);
        Assert.Equal(["中期绩效指标", "年度绩效指标"], central.Trees.Select(t => t.Label));
        Assert.Equal("资金总额", department.Amount);
        Assert.Equal(["projects", "basic"], department.Parts.Select(p => p.Key));
    }

    [Fact]
    public void A_publication_without_project_tables_has_no_total_rather_than_zero()
    {
        var summary = PublicationSummary.Of(Seed.Load()) with { Records = [] };

        Assert.Null(summary.Total);
        Assert.Null((summary with { Labels = RecordLabels.None }).Total);
        Assert.Equal(30.03m, PublicationSummary.Of(Seed.Load()).Total);
    }
}
