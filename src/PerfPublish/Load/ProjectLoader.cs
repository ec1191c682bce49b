using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Model;
using YamlDotNet.RepresentationModel;

namespace PerfPublish.Load;

/// <summary>Loads one project file, e.g. projects/01-land-exchange-center.yaml; its number is its order.</summary>
public static partial class ProjectLoader
{
    [GeneratedRegex(@"^(?<order>\d+)-.+\.yaml$")]
    private static partial Regex FileNamePattern();

    public static Project? Load(string path, DiagnosticBag diagnostics)
    {
        var display = SourceFile.DisplayPath(path);
        var nameMatch = FileNamePattern().Match(Path.GetFileName(path));
        if (!nameMatch.Success)
            diagnostics.Error(SourceLocation.StartOf(display), Codes.ProjectFileName,
                Messages.Format("PP0208"));

        var yaml = YamlFile.ReadMapping(path, SourceLocation.StartOf(display), diagnostics);
        if (yaml is null || !nameMatch.Success) return null;
        yaml.RejectUnknownKeys("code", "name", "budget", "purpose", "spending_plan", "goals", "indicators");

        var code = yaml.String("code");
        var name = yaml.String("name");
        var budget = ReadBudget(yaml.Mapping("budget"));
        var purpose = yaml.String("purpose");
        var plan = ReadSpendingPlan(yaml.Mapping("spending_plan"));
        var goals = yaml.List("goals", node => ReadText(node, yaml, Messages.Format("What_Goal"), diagnostics));
        var indicators = yaml.List("indicators", node => ReadFirstLevel(node, display, diagnostics));

        if (code is null || name is null || budget is null || purpose is null || plan is null || goals is null || indicators is null)
            return null;
        var order = int.Parse(nameMatch.Groups["order"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new Project(order, code, name, budget, purpose, plan, goals.Value, indicators.Value, yaml.Origin);
    }

    private static Budget? ReadBudget(MappingReader? budget)
    {
        if (budget is null) return null;
        budget.RejectUnknownKeys("total", "fiscal", "other");
        var total = budget.Decimal("total");
        var fiscal = budget.Decimal("fiscal");
        var other = budget.Decimal("other");
        return total is null || fiscal is null || other is null ? null : new Budget(total.Value, fiscal.Value, other.Value, budget.Origin);
    }

    private static SpendingPlan? ReadSpendingPlan(MappingReader? plan)
    {
        if (plan is null) return null;
        plan.RejectUnknownKeys("march", "june", "october", "december");
        var march = plan.Decimal("march");
        var june = plan.Decimal("june");
        var october = plan.Decimal("october");
        var december = plan.Decimal("december");
        return march is null || june is null || october is null || december is null
            ? null
            : new SpendingPlan(march.Value, june.Value, october.Value, december.Value, plan.Origin);
    }

    private static string? ReadText(YamlNode node, MappingReader parent, string what, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)) return text.Trim();
        diagnostics.Error(parent.LocationOf(node), Codes.WrongType, Messages.Format("PP0102", what, Messages.Format("Expect_Text")));
        return null;
    }

    private static FirstLevelIndicator? ReadFirstLevel(YamlNode node, string file, DiagnosticBag diagnostics)
    {
        var level = MappingReader.From(node, file, Messages.Format("What_FirstLevel"), diagnostics);
        if (level is null) return null;
        level.RejectUnknownKeys("level1", "groups");
        var name = level.String("level1");
        var groups = level.List("groups", child => ReadSecondLevel(child, file, diagnostics));
        return name is null || groups is null ? null : new FirstLevelIndicator(name, groups.Value, level.Origin);
    }

    private static SecondLevelIndicator? ReadSecondLevel(YamlNode node, string file, DiagnosticBag diagnostics)
    {
        var group = MappingReader.From(node, file, Messages.Format("What_SecondLevel"), diagnostics);
        if (group is null) return null;
        group.RejectUnknownKeys("level2", "items");
        var name = group.String("level2");
        // An empty second level is allowed (the form shows it as a blank row); EmptySecondLevelRule warns.
        var items = group.List("items", child => ReadIndicator(child, file, diagnostics), allowEmpty: true);
        return name is null || items is null ? null : new SecondLevelIndicator(name, items.Value, group.Origin);
    }

    private static Indicator? ReadIndicator(YamlNode node, string file, DiagnosticBag diagnostics)
    {
        var row = MappingReader.From(node, file, Messages.Format("What_IndicatorRow"), diagnostics);
        if (row is null) return null;
        row.RejectUnknownKeys("level3", "description", "value", "basis");
        var name = row.String("level3");
        var description = row.String("description");
        var value = row.String("value");
        var basis = row.String("basis");
        return name is null || description is null || value is null || basis is null
            ? null
            : new Indicator(name, description, value, basis, row.Origin);
    }
}
