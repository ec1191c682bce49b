using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfPublish.Corpus;

/// <summary>
/// How a generated unit's publication differs from its first year, so that consecutive years change
/// the way real ones do: each unit has a category; from the second year on some units drop a project
/// or add one, budgets go up or down by up to 20% (the 资金用途 sentence says the new amounts), and some
/// projects change an indicator's target value. The seed's own year is the seed, unchanged.
/// </summary>
public static class YearChanges
{
    public static readonly string[] Categories =
        ["教育", "卫生健康", "农业农村", "城乡建设", "公共安全", "社会保障和就业", "文化旅游体育", "一般公共服务", "自然资源和生态环境", "交通运输"];

    public static string CategoryOf(int unit) => Categories[unit % Categories.Length];

    /// <summary>publication.yaml with the unit's category, written before the currency unit.</summary>
    public static string WithCategory(string publicationYaml, int unit) =>
        Regex.Replace(publicationYaml, @"^currency_unit:", $"# 单位类别。\ncategory: {CategoryOf(unit)}\ncurrency_unit:", RegexOptions.Multiline);

    /// <summary>How many projects the unit publishes in the year <paramref name="later"/> years after the first: a third of the units drop one a year, a third add one.</summary>
    public static int ProjectCount(int unit, int later, int projects) => (unit % 3) switch
    {
        1 => Math.Max(1, projects - later),
        2 => projects + later,
        _ => projects,
    };

    /// <summary>A project file of a later year: its budget scaled (the purpose sentence along), and for some projects a changed target.</summary>
    public static string Apply(string projectYaml, int unit, int project, int later)
    {
        if (later == 0) return projectYaml;
        var text = ScaleBudget(projectYaml, 1 + ((unit * 7 + project * 13 + later * 5) % 9 - 4) * 0.05m);
        return (unit + project + later) % 3 == 0 ? RaiseTarget(text, later) : text;
    }

    private static string ScaleBudget(string yaml, decimal factor)
    {
        var total = Amount(yaml, "  total");
        var other = Amount(yaml, "  other");
        var scaled = Math.Round(total * factor, 2);
        var text = SetAmount(yaml, "  total", scaled);
        text = SetAmount(text, "  fiscal", scaled - other);
        // The sentence names the total and the fiscal part as the seed wrote them ("预算6万元，其中财政资金6万元").
        var old = total.ToString("0.##", CultureInfo.InvariantCulture);
        var now = scaled.ToString("0.##", CultureInfo.InvariantCulture);
        return Regex.Replace(text, $@"(?<![0-9.]){Regex.Escape(old)}万元", now + "万元");
    }

    /// <summary>The first percentage target below 100% is 2 points higher per year since the first ("≥90%" → "≥92%" → "≥94%"), so a project changed one year and not the next goes back down.</summary>
    private static string RaiseTarget(string yaml, int later)
    {
        var target = new Regex(@"(value: ""[≥≤]?)(\d+)(%"")");
        var match = target.Matches(yaml).FirstOrDefault(m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) < 100);
        if (match is null) return yaml;
        var raised = Math.Min(100, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) + 2 * later);
        return yaml[..match.Index] + match.Groups[1].Value + raised.ToString(CultureInfo.InvariantCulture) + match.Groups[3].Value + yaml[(match.Index + match.Length)..];
    }

    private static decimal Amount(string yaml, string key) => decimal.Parse(SeedContent.Scalar(yaml, key), CultureInfo.InvariantCulture);

    private static string SetAmount(string yaml, string key, decimal value) =>
        Regex.Replace(yaml, $@"^(?<key>{key}:[ \t]*)[0-9.]+", m => m.Groups["key"].Value + value.ToString("0.00", CultureInfo.InvariantCulture), RegexOptions.Multiline);
}
