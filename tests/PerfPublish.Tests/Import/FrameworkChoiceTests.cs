using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Import;
using PerfPublish.Model;
using PerfPublish.Tests.Support;
using PerfPublish.Validate;

namespace PerfPublish.Tests.Import;

/// <summary>The framework an import names follows the office's own tree, among those the printed forms accept.</summary>
public class FrameworkChoiceTests
{
    private static readonly IReadOnlyList<FormProfile> Forms = ImportForms.All(Seed.Forms);
    private static readonly IReadOnlyDictionary<string, Framework> Frameworks = Framework.LoadAll(Path.Combine(Repo.Templates, "frameworks"), new DiagnosticBag());

    [Fact]
    public void A_seed_form_tree_with_cost_as_a_first_level_names_central_2021_not_the_forms_first_framework()
    {
        var project = Record("hebei-project-2021", ("产出指标", "数量指标"), ("成本指标", "经济成本指标"), ("满意度指标", "服务对象满意度指标"));

        Assert.Equal("central-2021", FrameworkChoice.For([project.Record], null, Form("hebei-project-2021"), null, Frameworks));
    }

    [Fact]
    public void The_seeds_own_tree_keeps_the_forms_first_framework()
    {
        var project = Record("hebei-project-2021", ("产出指标", "数量指标"), ("产出指标", "成本指标"), ("满意度指标", "服务对象满意度指标"));

        Assert.Equal("legacy", FrameworkChoice.For([project.Record], null, Form("hebei-project-2021"), null, Frameworks));
    }

    [Fact]
    public void A_department_only_publication_takes_a_framework_the_department_form_accepts()
    {
        var whole = Record("department-whole", ("效益指标", "社会公众或服务对象满意度指标"));

        Assert.Equal("central-2020", FrameworkChoice.For([], whole.Record, Form("hebei-project-2021"), Form("department-whole"), Frameworks));
    }

    private static FormProfile Form(string id) => Forms.Single(f => f.Id == id);

    /// <summary>A record of the profile whose indicators tree holds the given levels, each second level without rows.</summary>
    private static ImportedForm Record(string profileId, params (string First, string Second)[] levels)
    {
        var profile = Form(profileId);
        var field = profile.Fields.Single(f => f.Key == "indicators");
        var at = Origin.Of(SourceLocation.StartOf("input.docx"));
        var firsts = levels.GroupBy(l => l.First)
            .Select(g => new FirstLevelIndicator(g.Key, [.. g.Select(l => new SecondLevelIndicator(l.Second, [], at))], at));
        var root = new GroupValue(profile.Root(at.At), [new IndicatorTree(field, [.. firsts], at.At)], at);
        return new ImportedForm(new FormRecord(profile, root, []), [], 0, 0, []);
    }
}
