using PerfPublish.Diagnostics;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Forms;

/// <summary>
/// A profile sets the severity of the rules that check its forms' values (form.yaml severity:): error,
/// warning or off, for its own forms only; the other forms of the same publication keep the rules as they are.
/// </summary>
public sealed class RuleSeverityTests : IDisposable
{
    private readonly TempTemplates _templates = TempTemplates.CopyOf(Repo.Templates);

    public void Dispose() => _templates.Dispose();

    private IReadOnlyList<Diagnostic> Check(TempContent content) =>
        Pipeline.Check(new BuildOptions(content.Content, _templates.Path)).Diagnostics;

    private void SetSeverity(string profile, string severities)
    {
        var definition = Path.Combine("forms", profile, "form.yaml");
        var text = File.ReadAllText(Path.Combine(_templates.Path, definition));
        File.WriteAllText(Path.Combine(_templates.Path, definition),
            text.Contains("\nseverity:\n", StringComparison.Ordinal) ? text.Replace("\nseverity:\n", "\nseverity:\n" + severities) : text + "severity:\n" + severities);
    }

    [Fact]
    public void A_rule_a_profile_turns_off_reports_nothing_in_its_forms()
    {
        using var content = TempContent.CopyOf(Path.Combine(Repo.Content, "2024-xiangyuan-agriculture"));
        content.Replace("department.yaml", "            value_type: 定性\n            value: 达标", "            value_type: 定量\n            value: 达标");
        Assert.Contains(Check(content), d => d.Code == Codes.IndicatorValue && d.Severity == Severity.Error);

        SetSeverity("hunan-department-whole", "  PP0212: off\n");

        Assert.DoesNotContain(Check(content), d => d.Code == Codes.IndicatorValue);
    }

    [Fact]
    public void A_profile_may_make_a_warning_an_error()
    {
        using var content = TempContent.CopyOf(Path.Combine(Repo.Content, "2023-yunling-urban"));
        content.Replace("projects/02-street-lighting.yaml", "            value: \"≥90%\"", "            value: \"≥85%\"");
        Assert.Equal(Severity.Warning, Assert.Single(Check(content), d => d.Code == Codes.SatisfactionLow).Severity);

        SetSeverity("chongqing-project-approval", "  PP0222: error\n");

        Assert.Equal(Severity.Error, Assert.Single(Check(content), d => d.Code == Codes.SatisfactionLow).Severity);
    }

    [Fact]
    public void A_profiles_severity_applies_to_its_own_forms_only()
    {
        // content/2019-352101: a department-whole form and two projects of the seed's form, each with a sum broken.
        using var content = TempContent.CopyOf(Path.Combine(Repo.Content, "2019-352101"));
        content.Replace("department.yaml", "  basic: 1335.40", "  basic: 1335.00");
        content.Replace("projects/01-heritage-repair.yaml", "  fiscal: 480.00", "  fiscal: 470.00");

        SetSeverity("department-whole", "  PP0201: off\n");

        var sums = Check(content).Where(d => d.Code == Codes.BudgetSum).ToList();
        Assert.Single(sums);
        Assert.EndsWith("01-heritage-repair.yaml", sums[0].Location.File);
        Assert.Equal(Severity.Error, sums[0].Severity);
    }
}
