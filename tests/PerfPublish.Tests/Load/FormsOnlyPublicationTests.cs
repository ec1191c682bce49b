using System.Text.Json;
using AngleSharp.Html.Parser;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;
using PerfPublish.Write;

namespace PerfPublish.Tests.Load;

/// <summary>
/// Most offices publish their forms alone: no 第一部分 prose and often no unit code. Such a publication builds,
/// and the document, page and open data show only what it holds: no empty section, no TOC entry for one,
/// no 第二部分 without a 第一部分, no unit code where none was given.
/// </summary>
public sealed class FormsOnlyPublicationTests
{
    private const string Department = "2019-352101";

    /// <summary>The seed with its three 第一部分 files and its unit code taken out.</summary>
    private static TempContent SeedFormsOnly()
    {
        var content = TempContent.CopyOf(Repo.SeedPublication);
        content.Replace("publication.yaml", "  code: \"632001\"\n", "");
        content.Replace("publication.yaml", "overall_objective: overall-objective.md\n", "");
        content.Replace("publication.yaml", "objectives: objectives.yaml\n", "");
        content.Replace("publication.yaml", "safeguards: safeguards.md\n", "");
        foreach (var file in new[] { "overall-objective.md", "objectives.yaml", "safeguards.md" }) File.Delete(Path.Combine(content.Path, file));
        return content;
    }

    private static string Built(TempContent content)
    {
        var result = Pipeline.Build(new BuildOptions(content.Content, Repo.Templates, content.Output) { RenderPdf = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return Path.Combine(content.Output, "site", "publication");
    }

    [Fact]
    public void A_publication_of_its_project_forms_alone_builds_without_part_one_or_a_unit_code()
    {
        using var content = SeedFormsOnly();
        var site = Built(content);

        var docx = DocxText.Of(File.ReadAllBytes(Path.Combine(site, "publication.docx")));
        Assert.DoesNotContain("部门整体绩效目标", docx);
        Assert.DoesNotContain("总体绩效目标", docx);
        Assert.DoesNotContain("第二部分", docx);
        Assert.Contains("第一部分预算项目绩效目标", docx);
        // The unit line says the unit's name and nothing in place of the missing code.
        Assert.Contains("秦皇岛市北戴河区政府采购中心(本级)单位：万元", docx);
        Assert.DoesNotContain("632001", docx);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "index.html")));
        var toc = page.QuerySelector("nav.toc")!.TextContent;
        Assert.DoesNotContain("工作保障措施", toc);
        Assert.Contains("预算项目绩效目标", toc);
        Assert.DoesNotContain("632001", page.Body!.TextContent);
        Assert.DoesNotContain("单位编码）", page.Head!.InnerHtml);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, "publication.json")));
        Assert.False(json.RootElement.GetProperty("unit").TryGetProperty("code", out _));
        Assert.Equal(0, json.RootElement.GetProperty("overall_objective").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("objectives").GetArrayLength());
    }

    [Fact]
    public void A_unit_code_written_blank_is_no_code()
    {
        using var content = SeedFormsOnly();
        content.Replace("publication.yaml", "unit:\n", "unit:\n  code: \"\"\n");

        var site = Built(content);

        Assert.DoesNotContain("632001", DocxText.Of(File.ReadAllBytes(Path.Combine(site, "publication.docx"))));
    }

    [Fact]
    public void The_department_form_alone_is_the_first_section_of_part_one()
    {
        using var content = TempContent.CopyOf(Path.Combine(Repo.Content, Department));
        foreach (var key in new[] { "overall_objective: overall-objective.md\n", "objectives: objectives.yaml\n", "safeguards: safeguards.md\n" })
            content.Replace("publication.yaml", key, "");

        var docx = DocxText.Of(File.ReadAllBytes(Path.Combine(Built(content), "publication.docx")));

        Assert.Contains("一、部门整体支出绩效目标表", docx);
        Assert.DoesNotContain("四、部门整体支出绩效目标表", docx);
        Assert.DoesNotContain("工作保障措施", docx);
        Assert.Contains("第二部分预算项目绩效目标", docx);
    }

    [Fact]
    public void Only_the_sections_a_publication_has_are_printed_and_numbered_in_order()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        content.Replace("publication.yaml", "objectives: objectives.yaml\n", "");

        var docx = DocxText.Of(File.ReadAllBytes(Path.Combine(Built(content), "publication.docx")));

        Assert.Contains("一、总体绩效目标", docx);
        Assert.Contains("二、工作保障措施", docx);
        Assert.DoesNotContain("分项绩效目标", docx);
    }

    [Fact]
    public void Units_without_a_code_are_told_apart_by_name_not_put_together_under_the_empty_code()
    {
        PublicationSummary Of(string slug, int year, string name) => new(slug, name, year, "", name, null, "万元", []);
        var publications = new[] { Of("a-2023", 2023, "甲县财政局"), Of("b-2024", 2024, "乙县教育局"), Of("a-2024", 2024, "甲县财政局") };

        var byUnit = SiteFiles.ByUnit(publications);

        Assert.Equal(["a-2023", "a-2024"], byUnit[publications[0].Unit].Select(p => p.Slug));
        Assert.Equal(["b-2024"], byUnit[publications[1].Unit].Select(p => p.Slug));
        Assert.Null(SiteFiles.FactsOf(publications[1], byUnit).Comparison);
    }
}
