using PerfPublish.Tests.Support;
using PerfPublish.Write;
using PerfPublish.Write.Html;

namespace PerfPublish.Tests.Write.Html;

/// <summary>The seed as 2021 against a 2022 made from it by hand: each kind of change, and only those.</summary>
public class YearComparisonTests
{
    private static readonly PublicationSummary Before = PublicationSummary.Of(Seed.Load());

    [Fact]
    public void The_same_publication_a_year_later_has_no_changes()
    {
        var comparison = YearComparison.Between(Before, Before with { Year = 2022 });

        Assert.False(comparison.HasChanges);
        Assert.Equal(0m, comparison.TotalChange);
    }

    [Fact]
    public void Budgets_up_and_down_projects_added_and_dropped_and_changed_targets_are_each_reported()
    {
        var land = Before.Records[0];
        var review = Before.Records[1];
        var newProject = land with { Code = "NEW-1", Name = "政府采购平台运维", Amount = 4m };
        var target = review.Targets[0];
        var after = Before with
        {
            Year = 2022,
            // 国有土地… up by 1.50; 评审费 kept with one target changed; 人事代理经费 dropped; one project new.
            Records = [land with { Amount = 7.50m }, review with { Targets = [target with { Value = "≥98%" }, .. review.Targets.Skip(1)] }, newProject],
        };

        var comparison = YearComparison.Between(Before, after);

        var change = Assert.Single(comparison.Budgets);
        Assert.Equal(("国有土地交易中心运行费用", 6.00m, 7.50m, 1.50m), (change.Project, change.Before, change.After, change.Change));
        Assert.Equal(["政府采购平台运维"], comparison.Added.Select(p => p.Name));
        Assert.Equal(["人事代理经费"], comparison.Dropped.Select(p => p.Name));
        var targetChange = Assert.Single(comparison.Indicators.Values);
        Assert.Equal(("评审费", "≥95%", "≥98%"), (targetChange.Project, targetChange.Before, targetChange.Target.Value));
        Assert.Equal(7.50m + 13.00m + 4m - 30.03m, comparison.TotalChange);
    }

    [Fact]
    public void A_project_whose_code_changed_is_still_the_same_project_by_its_name()
    {
        var after = Before with { Year = 2022, Records = [.. Before.Records.Select(p => p with { Code = p.Code + "-22" })] };

        var comparison = YearComparison.Between(Before, after);

        Assert.Empty(comparison.Added);
        Assert.Empty(comparison.Dropped);
    }
}
