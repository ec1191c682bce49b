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

        // What cannot be read is reported and left empty, and the rest still goes to the rules: an editor
        // sees every problem of the file in one run, not the first structural one alone.
        var unread = new HashSet<string>(StringComparer.Ordinal);
        var code = yaml.String("code");
        var name = yaml.String("name");
        var budget = ReadBudget(yaml.Mapping("budget"));
        var purpose = yaml.String("purpose");
        var plan = ReadSpendingPlan(yaml.Mapping("spending_plan"));
        var goals = yaml.Items("goals", node => ReadText(node, yaml, Messages.Format("What_Goal"), diagnostics));
        var indicators = yaml.Items("indicators", node => ReadFirstLevel(node, display, unread, diagnostics));

        foreach (var (key, value) in new (string, object?)[] { ("code", code), ("name", name), ("budget", budget), ("purpose", purpose), ("spending_plan", plan) })
            if (value is null) unread.Add(key);
        if (!goals.Complete) unread.Add("goals");
        if (!indicators.Complete) unread.Add("indicators");

        var order = int.Parse(nameMatch.Groups["order"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new Project(order, code ?? "", name ?? "", budget ?? new Budget(0, 0, 0, yaml.Origin), purpose ?? "",
            plan ?? new SpendingPlan(0, 0, 0, 100, yaml.Origin), goals.Items, indicators.Items, yaml.Origin) { Unread = [.. unread] };
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

    /// <summary>A level whose name cannot be read is left out; one whose items cannot all be read keeps those that can. Either marks the indicators unread.</summary>
    private static FirstLevelIndicator? ReadFirstLevel(YamlNode node, string file, ISet<string> unread, DiagnosticBag diagnostics)
    {
        var level = MappingReader.From(node, file, Messages.Format("What_FirstLevel"), diagnostics);
        if (level is null) return null;
        level.RejectUnknownKeys("level1", "groups");
        var name = level.String("level1");
        var groups = level.Items("groups", child => ReadSecondLevel(child, file, unread, diagnostics));
        if (!groups.Complete) unread.Add("indicators");
        return name is null ? null : new FirstLevelIndicator(name, groups.Items, level.Origin);
    }

    private static SecondLevelIndicator? ReadSecondLevel(YamlNode node, string file, ISet<string> unread, DiagnosticBag diagnostics)
    {
        var group = MappingReader.From(node, file, Messages.Format("What_SecondLevel"), diagnostics);
        if (group is null) return null;
        group.RejectUnknownKeys("level2", "items");
        var name = group.String("level2");
        // An empty second level is allowed (the form shows it as a blank row); EmptySecondLevelRule warns.
        var items = group.Items("items", child => ReadIndicator(child, file, diagnostics), allowEmpty: true);
        if (!items.Complete) unread.Add("indicators");
        return name is null ? null : new SecondLevelIndicator(name, items.Items, group.Origin);
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
