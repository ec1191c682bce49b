using System.Text;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;
using PerfPublish.Validate;

namespace PerfPublish.Bench;

/// <summary>
/// The same corpus as pandoc Markdown, for the comparison: one file per publication with the same
/// text and numbers (title block, the three parts of 第一部分, every project's budget, spending plan,
/// goals and indicators as pipe tables), which pandoc turns into DOCX with a TOC and standalone HTML.
/// </summary>
public static class PandocCorpus
{
    /// <summary>Writes <c>&lt;slug&gt;.md</c> for every publication under <paramref name="contentFolder"/>; returns the files.</summary>
    public static IReadOnlyList<string> Write(string contentFolder, string templatesFolder, string markdownFolder)
    {
        var forms = ValidationContext.Load(templatesFolder, new DiagnosticBag()).Forms;
        Directory.CreateDirectory(markdownFolder);
        var files = new List<string>();
        foreach (var folder in PublicationLoader.Discover(contentFolder))
        {
            var diagnostics = new DiagnosticBag();
            var publication = PublicationLoader.Load(folder, forms, diagnostics)
                ?? throw new InvalidDataException($"the corpus publication '{folder}' does not load: {string.Join("; ", diagnostics.Items)}");
            var path = Path.Combine(markdownFolder, Path.GetFileName(folder) + ".md");
            File.WriteAllText(path, Markdown(publication));
            files.Add(path);
        }

        return files;
    }

    public static string Markdown(Publication p)
    {
        var md = new StringBuilder();
        md.AppendLine("---").AppendLine($"title: \"{p.Title}\"").AppendLine($"subtitle: \"{p.Unit.Name} {p.Year}年\"").AppendLine("lang: zh-CN").AppendLine("---").AppendLine();
        md.AppendLine("# 第一部分 部门整体绩效目标").AppendLine();
        md.AppendLine("## 一、总体绩效目标").AppendLine().AppendLine(p.OverallObjective?.Text).AppendLine();
        md.AppendLine("## 二、分项绩效目标").AppendLine();
        foreach (var (objective, i) in p.Objectives.Select((o, i) => (o, i)))
            md.AppendLine($"### （{i + 1}）{objective.Name}").AppendLine().AppendLine($"绩效目标：{objective.Goal}").AppendLine()
                .AppendLine($"绩效指标：{objective.Indicator}").AppendLine();
        md.AppendLine("## 三、工作保障措施").AppendLine().AppendLine(p.Safeguards?.Text).AppendLine();
        md.AppendLine("# 第二部分 预算项目绩效目标").AppendLine();
        foreach (var (project, i) in p.Projects.Select((x, i) => (x, i))) Project(md, p, project, i + 1);
        return md.ToString();
    }

    private static void Project(StringBuilder md, Publication p, Project project, int number)
    {
        md.AppendLine($"## {number}.{project.Name}绩效目标表").AppendLine();
        md.AppendLine($"单位：{p.Unit.Code} {p.Unit.Name}　　单位：{p.CurrencyUnit}").AppendLine();
        Row(md, "项目编码", "项目名称", "预算数", "财政资金", "其他资金");
        Row(md, "---", "---", "---:", "---:", "---:");
        var r = project.Record;
        Row(md, project.Code, project.Name, r.Text("budget.total"), r.Text("budget.fiscal"), r.Text("budget.other"));
        md.AppendLine().AppendLine($"资金用途：{r.Text("purpose")}").AppendLine();
        Row(md, "3月底", "6月底", "10月底", "12月底");
        Row(md, "---:", "---:", "---:", "---:");
        Row(md, [.. new[] { "march", "june", "october", "december" }.Select(k => $"{r.Number("spending_plan." + k)}%")]);
        md.AppendLine();
        foreach (var (goal, g) in ((ListValue)r.Find("goals")!).Items.Select((x, g) => (x, g))) md.AppendLine($"{g + 1}. {goal}");
        md.AppendLine();
        Row(md, "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
        Row(md, "---", "---", "---", "---", "---", "---");
        foreach (var first in r.Trees.SelectMany(t => t.Levels))
        foreach (var second in first.Groups)
        foreach (var item in second.Items)
            Row(md, first.Name, second.Name, item.Name, item.Text("description"), item.Text("value"), item.Text("basis"));
        md.AppendLine();
    }

    private static void Row(StringBuilder md, params string[] cells) =>
        md.Append("| ").AppendJoin(" | ", cells.Select(c => c.Replace("|", "\\|"))).AppendLine(" |");
}
