using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Forms;

/// <summary>
/// A fourth form, made up for this test and written as a profile only (Fixtures/made-up-form: form.yaml and
/// form.sbn-html laid over templates/, content for it): it builds into the Word file, the page and the open
/// data, and the cells the shipped forms do not have (分值, 绩效标准, a cost table, sign-off rows) arrive in each.
/// </summary>
public sealed class MadeUpProfileTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(Repo.Fixtures, "made-up-form");
    private readonly TempTemplates _templates = TempTemplates.CopyOf(Repo.Templates);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));
    private readonly string _site;

    public MadeUpProfileTests()
    {
        TempContent.Copy(Path.Combine(Fixture, "templates"), _templates.Path);
        TempContent.Copy(Path.Combine(Fixture, "content"), Path.Combine(_root, "content"));
        var result = Pipeline.Build(new BuildOptions(Path.Combine(_root, "content"), _templates.Path, Path.Combine(_root, "output")) { RenderPdf = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        _site = Path.Combine(_root, "output", "site", "2030-900001");
    }

    /// <summary>Cells only this form has: a 分值, a 绩效标准, a cost row, the cost total, the sign-off rows.</summary>
    private static readonly string[] Cells = ["15.50", "历史标准", "数据校验费", "42.75", "填表人", "王某某", "0335-1234567", "2030年1月15日", "某某测试主管局"];

    [Fact]
    public void Its_cells_reach_the_word_file_which_passes_the_OpenXML_validator()
    {
        var docx = File.ReadAllBytes(Path.Combine(_site, "2030-900001.docx"));
        var text = DocxText.Of(docx);

        Assert.All(Cells, cell => Assert.Contains(cell, text));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
    }

    [Fact]
    public void Its_cells_reach_the_page_in_their_rows()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site, "index.html")));
        var rows = page.QuerySelectorAll("table.indicators tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();

        Assert.Contains("一级指标|二级指标|三级指标|指标值|分值|绩效标准", rows);
        Assert.Contains("质量指标|图像合格率|≥98%|15.50|", rows);
        Assert.Contains("填表人|王某某|联系电话|0335-1234567", rows);
        Assert.All(Cells, cell => Assert.Contains(cell, page.Body!.TextContent));
        // The overview takes the headline amount and its label (资金总额) from the profile's summary:, and shows no spending-plan chart for a form without one.
        Assert.Contains("资金总额合计48.50万元", page.QuerySelector(".overview")!.TextContent);
        Assert.Null(page.QuerySelector("#chart-plans"));
    }

    [Fact]
    public void Its_cells_reach_the_open_data_under_the_definitions_keys_and_columns()
    {
        var indicators = File.ReadAllLines(Path.Combine(_site, "2030-900001-indicators.csv"));
        var costs = File.ReadAllLines(Path.Combine(_site, "2030-900001-costs.csv"));
        var projects = File.ReadAllLines(Path.Combine(_site, "2030-900001-made-up-projects.csv"));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site, "2030-900001.json")));
        var project = json.RootElement.GetProperty("projects")[0];

        Assert.Equal("year,unit_code,project_order,code,name,level1,level2,level3,value,score,standard", indicators[0]);
        Assert.Contains("2030,900001,1,TEST-2030-017,档案数字化加工,产出指标,质量指标,图像合格率,≥98%,15.50,", indicators);
        Assert.Contains("2030,900001,1,TEST-2030-017,档案数字化加工,数据校验费,12.75", costs);
        Assert.EndsWith(",42.75,王某某,0335-1234567,2030年1月15日", projects[1]);
        Assert.Equal("王某某", project.GetProperty("signoff").GetProperty("preparer").GetString());
        Assert.Equal(15.5m, project.GetProperty("indicators")[1].GetProperty("groups")[1].GetProperty("items")[0].GetProperty("score").GetDecimal());
        var stacked = File.ReadAllLines(Path.Combine(_site, "..", "data", "made-up-2030-indicators.csv"));
        Assert.Equal(indicators, stacked);
        var package = File.ReadAllText(Path.Combine(_site, "datapackage.json"));
        Assert.Contains("\"name\": \"score\"", package);
        Assert.Contains("\"title\": \"分值\"", package);
    }

    [Fact]
    public void A_department_form_is_printed_in_part_one_after_the_prose_and_its_tasks_are_open_data()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site, "index.html")));
        var headings = page.QuerySelectorAll("h2, h3").Select(h => h.Id).ToList();
        var tasks = File.ReadAllLines(Path.Combine(_site, "2030-900001-tasks.csv"));

        Assert.True(headings.IndexOf("safeguards") < headings.IndexOf("department-form") && headings.IndexOf("department-form") < headings.IndexOf("part-2"),
            string.Join(", ", headings));
        Assert.Contains("完成档案数字化加工", DocxText.Of(File.ReadAllBytes(Path.Combine(_site, "2030-900001.docx"))));
        Assert.Equal(["year,unit_code,duty,task,amount", "2030,900001,档案保管,馆藏档案安全保管,71.50", "2030,900001,档案利用,完成档案数字化加工,48.50"], tasks);
    }

    public void Dispose()
    {
        _templates.Dispose();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
