using PerfPublish.Tests.Support;
using PerfPublish.Write;
using PerfPublish.Write.Html;

namespace PerfPublish.Tests.Write.Html;

/// <summary>
/// How two years' records and indicators are matched (RecordMatching): like with like, never by position or
/// by an empty code, on the central example of Fixtures/site-truth and on records made by hand.
/// </summary>
public class RecordMatchingTests
{
    private static PublicationSummary Load(string fixture) =>
        PublicationSummary.Of(PerfPublish.Load.PublicationLoader.Load(TruthSite.Fixture(fixture), Seed.Forms, new PerfPublish.Diagnostics.DiagnosticBag())!);

    private static readonly PublicationSummary Central2020 = Load("central-2020");

    [Fact]
    public void The_central_forms_two_trees_are_each_compared_with_themselves()
    {
        // 培训教师人次 is ≥6000人次 in the 中期 tree and ≥3000人次 in the 年度 tree of the same project, in both years.
        var comparison = YearComparison.Between(Central2020, Load("central-2021-year-only"));

        Assert.False(comparison.HasChanges);
        Assert.Contains(Central2020.Records[2].Targets, t => t is { Tree: "midterm_indicators", Level3: "培训教师人次", Value: "≥6000人次" });
        Assert.Contains(Central2020.Records[2].Targets, t => t is { Tree: "annual_indicators", Level3: "培训教师人次", Value: "≥3000人次" });
    }

    [Fact]
    public void Records_without_a_code_are_matched_by_name_whatever_their_order()
    {
        var swapped = Central2020 with { Year = 2021, Records = [Central2020.Records[1], Central2020.Records[0], Central2020.Records[2]] };

        var pairs = RecordMatching.Pair(Central2020.Records, swapped.Records);

        Assert.All(pairs, p => Assert.Equal((MatchedBy.Name, p.Before.Name), (p.By, p.After.Name)));
        Assert.False(YearComparison.Between(Central2020, swapped).HasChanges);
    }

    [Fact]
    public void An_empty_code_matches_nothing_and_unlike_records_are_added_and_dropped()
    {
        var before = Central2020.Records[0];
        var other = Central2020.Records[1] with { Name = "校园安全视频监控建设", Amount = 75m, Targets = [] };

        var comparison = YearComparison.Between(Central2020 with { Records = [before] }, Central2020 with { Year = 2021, Records = [other] });

        Assert.Equal("", before.Code);
        Assert.Equal([other], comparison.Added);
        Assert.Equal([before], comparison.Dropped);
        Assert.Empty(comparison.Renamed);
    }

    [Fact]
    public void A_record_renamed_with_its_fields_mostly_the_same_is_a_likely_rename()
    {
        var before = Central2020.Records[1];
        var after = before with { Name = "家庭经济困难学生生活补助", Amount = before.Amount + 40m };

        var pair = Assert.Single(RecordMatching.Pair([before], [after]));

        Assert.Equal(MatchedBy.Likeness, pair.By);
        Assert.Empty(YearComparison.Between(Central2020 with { Records = [before] }, Central2020 with { Records = [after] }).Added);
    }

    [Fact]
    public void A_tree_without_a_target_column_is_never_reported_as_an_emptied_value()
    {
        // The same indicators, read the second year by a form whose tree has no 指标值 column: nothing to compare, nothing changed.
        var before = Central2020.Records[0];
        var after = before with { Targets = [.. before.Targets.Select(t => t with { Value = null })] };

        var indicators = IndicatorDifferences.Of([(before.Name, before, after)]);

        Assert.Empty(indicators.Values);
        Assert.Empty(indicators.Unmatched);
    }

    [Fact]
    public void An_indicator_left_under_the_same_levels_with_a_like_name_is_renamed_and_the_rest_only_in_one_year()
    {
        var target = new IndicatorTarget("annual_indicators", "产出指标", "时效指标", "年度培训计划完成时间", "≤12月31日");
        IndicatorTarget[] before = [target, target with { Level2 = "数量指标", Level3 = "培训教师人次" }, target with { Level2 = "数量指标", Level3 = "骨干教师人数" }];
        IndicatorTarget[] after =
        [
            target with { Level3 = "年度培训计划完成时限" }, target with { Level2 = "数量指标", Level3 = "培训教师人次" },
            target with { Level2 = "数量指标", Level3 = "校长培训人次" }, target with { Level2 = "质量指标", Level3 = "骨干教师人数" },
        ];

        var matching = RecordMatching.Indicators(before, after);

        // 骨干教师人数 under 质量指标 is not the one under 数量指标; 校长培训人次 is not like 骨干教师人数.
        var renamed = Assert.Single(matching.Renamed);
        Assert.Equal(("年度培训计划完成时间", "年度培训计划完成时限"), (renamed.Before.Level3, renamed.After.Level3));
        Assert.Equal(["培训教师人次"], matching.Same.Select(p => p.After.Level3));
        Assert.Equal(["校长培训人次", "骨干教师人数"], matching.Added.Select(t => t.Level3));
        Assert.Equal(["骨干教师人数"], matching.Dropped.Select(t => t.Level3));
    }

    [Fact]
    public void The_same_path_in_another_tree_is_another_indicator()
    {
        var midterm = new IndicatorTarget("midterm_indicators", "产出指标", "数量指标", "培训教师人次", "≥6000人次");

        var matching = RecordMatching.Indicators([midterm], [midterm with { Tree = "annual_indicators", Value = "≥3000人次" }]);

        Assert.Empty(matching.Same);
        Assert.Empty(matching.Renamed);
        Assert.Single(matching.Added);
        Assert.Single(matching.Dropped);
    }

    [Fact]
    public void The_department_records_of_two_years_are_compared_with_each_other()
    {
        var before = Load("department-only-2020");
        var department = before.Department!;
        var changed = department.Record with
        {
            Amount = 2900.00m,
            Targets = [department.Record.Targets[0] with { Value = "≥99%" }, .. department.Record.Targets.Skip(1)],
        };

        var comparison = YearComparison.Between(before, before with { Year = 2021, Department = department with { Record = changed } });

        Assert.Equal(34.60m, comparison.Department!.Change);
        var value = Assert.Single(comparison.Indicators.Values);
        Assert.Equal((YearComparison.DepartmentRecord, "≥99%"), (value.Project, value.Target.Value));
        Assert.Null(comparison.TotalChange);
    }
}
