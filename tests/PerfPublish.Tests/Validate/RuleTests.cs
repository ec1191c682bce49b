using System.Collections.Immutable;
using PerfPublish.Diagnostics;
using PerfPublish.Model;
using PerfPublish.Tests.Support;
using PerfPublish.Validate;
using PerfPublish.Validate.Rules;

namespace PerfPublish.Tests.Validate;

/// <summary>The content rules on the seed and on small changes to it; the corpus covers them end to end.</summary>
public class RuleTests
{
    private static readonly ValidationContext Context =
        ValidationContext.Load(Repo.Templates, new DiagnosticBag());

    private static IReadOnlyList<Diagnostic> Run(IRule rule, Publication publication)
    {
        var diagnostics = new DiagnosticBag();
        rule.Check(publication, Context, diagnostics);
        return diagnostics.Items;
    }

    private static Publication WithFirstProject(Func<Project, Project> change)
    {
        var seed = Seed.Load();
        return seed with { Projects = seed.Projects.SetItem(0, change(seed.Projects[0])) };
    }

    private static Project WithValue(Project project, string value) => project.WithIndicators(
        project.Indicators().SetItem(0, project.Indicators()[0] with
        {
            Groups = project.Indicators()[0].Groups.SetItem(0, project.Indicators()[0].Groups[0] with
            {
                Items = [project.Indicators()[0].Groups[0].Items[0].WithCell("value", value)],
            }),
        }));

    [Fact]
    public void The_seed_breaks_no_rule()
    {
        var seed = Seed.Load();
        foreach (var rule in Validator.Rules) Assert.Empty(Run(rule, seed));
    }

    [Theory]
    [InlineData("100%", "", 100, "%")]
    [InlineData("≥50%", "≥", 50, "%")]
    [InlineData("≥ 0.5 万元", "≥", 0.5, "万元")]
    [InlineData("＜3天", "＜", 3, "天")]
    [InlineData("＝100%", "＝", 100, "%")]
    public void A_comparison_reads_as_operator_number_and_unit(string text, string op, double number, string unit)
    {
        var value = IndicatorValue.Read(text);

        Assert.True(value.IsQuantity, value.Problem);
        Assert.Equal(op == "" ? null : op, value.Operator);
        Assert.Equal((decimal)number, value.Number);
        Assert.Equal(unit, value.Unit);
    }

    [Theory]
    [InlineData("控制在预算额度内")]
    [InlineData("对政府采购工作的认可")]
    [InlineData("按时收取土地出让价款")]
    [InlineData("是否按规定执行")]
    [InlineData("较2020-2021年持续改善")]
    public void A_qualitative_text_is_accepted_as_it_is(string text)
    {
        var value = IndicatorValue.Read(text);

        Assert.Null(value.Problem);
        Assert.False(value.IsQuantity);
    }

    [Theory]
    [InlineData("≥", "after '≥'")]
    [InlineData("≥较高", "after '≥'")]
    [InlineData("≥90", "no unit")]
    [InlineData("90", "no unit")]
    [InlineData(">=90%", "'≥' instead of '>='")]
    [InlineData("<=5天", "'≤' instead of '<='")]
    [InlineData("９０%", "half-width")]
    [InlineData("=100%", "'＝' instead of '='")]
    [InlineData("≥**%", "placeholder '*'")]
    [InlineData("__天", "placeholder '_'")]
    [InlineData("≥90*", "placeholder '*'")]
    [InlineData("-", "placeholder '-'")]
    [InlineData("≥-%", "placeholder '-'")]
    public void A_malformed_comparison_says_what_is_wrong(string text, string reason)
    {
        Assert.Contains(reason, IndicatorValue.Read(text).Problem);
    }

    [Theory]
    [InlineData("≥101%", true)]
    [InlineData("＞100%", true)]
    [InlineData("100%", false)]
    [InlineData("≥90%", false)]
    [InlineData("很满意", false)]
    public void A_satisfaction_rate_is_never_above_100_percent(string value, bool reported)
    {
        var seed = Seed.Load();
        var project = seed.Projects[0];
        var satisfaction = project.Indicators().Single(i => i.Name == "满意度指标");
        var changed = project.WithIndicators(project.Indicators().Replace(satisfaction, satisfaction with
        {
            Groups = [satisfaction.Groups[0] with { Items = [satisfaction.Groups[0].Items[0].WithCell("value", value)] }],
        }));

        var found = Run(new SatisfactionRule(), seed with { Projects = [changed] });

        Assert.Equal(reported, found.Any(d => d.Code == Codes.SatisfactionAbove100));
    }

    [Fact]
    public void A_satisfaction_target_below_90_percent_is_a_warning()
    {
        var seed = Seed.Load();
        var project = seed.Projects[0];
        var satisfaction = project.Indicators().Single(i => i.Name == "满意度指标");
        var changed = project.WithIndicators(project.Indicators().Replace(satisfaction, satisfaction with
        {
            Groups = [satisfaction.Groups[0] with { Items = [satisfaction.Groups[0].Items[0].WithCell("value", "≥85%")] }],
        }));

        var found = Assert.Single(Run(new SatisfactionRule(), seed with { Projects = [changed] }));

        Assert.Equal((Codes.SatisfactionLow, Severity.Warning), (found.Code, found.Severity));
    }

    [Fact]
    public void An_indicator_name_over_100_characters_is_an_error()
    {
        var found = Run(new TextLengthRule(), WithFirstProject(p => p.WithIndicators(p.Indicators().SetItem(0, p.Indicators()[0] with { Name = new string('产', 101) }))));

        Assert.Equal(Codes.TextTooLong, Assert.Single(found).Code);
    }

    [Fact]
    public void Above_100_percent_is_fine_outside_satisfaction()
    {
        Assert.Empty(Run(new SatisfactionRule(), WithFirstProject(p => WithValue(p, "≥120%"))));
    }

    [Theory]
    [InlineData("预算6万元，其中财政资金6万元，主要用于……", 0)]
    [InlineData("预算数60000元，其中：财政资金60000元。", 0)]
    [InlineData("预算7万元，其中财政资金6万元", 1)]
    [InlineData("预算6万元，其中财政资金5万元，其他资金1万元", 2)]
    [InlineData("主要用于采购项目的论证评审费10.5万元", 0)]
    public void Amounts_named_in_the_purpose_agree_with_the_budget(string purpose, int warnings)
    {
        var found = Run(new PurposeAmountsRule(), WithFirstProject(p => p.WithText("purpose", purpose)));

        Assert.Equal(warnings, found.Count);
        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void A_project_in_the_central_framework_passes_when_the_publication_uses_it()
    {
        var seed = Seed.Load();
        var project = seed.Projects[0];
        var output = project.Indicators()[0];
        var cost = output.Groups.Single(g => g.Name == "成本指标");
        var central = project.WithIndicators(
        [
            new FirstLevelIndicator("成本指标", [cost with { Name = "经济成本指标" }], output.Origin),
            output with { Groups = output.Groups.Remove(cost) },
            .. project.Indicators().Skip(1),
        ]);

        Assert.Empty(Run(new IndicatorFrameworkRule(), seed with { Framework = "central-2021", Projects = [central] }));
        Assert.NotEmpty(Run(new IndicatorFrameworkRule(), seed with { Framework = "legacy", Projects = [central] }));
        Assert.NotEmpty(Run(new IndicatorFrameworkRule(), seed with { Framework = "central-2021" }));
    }

    [Fact]
    public void An_empty_second_level_is_a_warning_not_an_error()
    {
        var publication = WithFirstProject(p => p.WithIndicators(p.Indicators().SetItem(0, p.Indicators()[0] with
        {
            Groups = p.Indicators()[0].Groups.SetItem(1, p.Indicators()[0].Groups[1] with { Items = ImmutableArray<Indicator>.Empty }),
        })));

        var found = Assert.Single(Run(new EmptySecondLevelRule(), publication));
        Assert.Equal(Severity.Warning, found.Severity);
        Assert.Contains("质量指标", found.Message);
    }
}
