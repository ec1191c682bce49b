using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfPublish.Tests.Forms;

/// <summary>
/// The shipped profiles besides the seed's, through their example publications: the central
/// 项目支出绩效目标申报表 (content/2020-418001, profile central-project), the 部门（单位）整体支出绩效目标表
/// (content/2019-352101, profile department-whole), and the two published as forms alone: the county
/// 项目支出绩效目标审批表 with 分值 (content/2023-yunling-urban, chongqing-project-approval) and the 部门整体支出
/// 绩效目标表 with its own 计量单位 column (content/2024-xiangyuan-agriculture, hunan-department-whole). Their
/// markup is a reviewed snapshot; the Word file keeps the merges and passes the validator; the page shows the
/// rows a reader compares with the paper form; and the arithmetic each definition declares stops a build
/// where the numbers do not add up.
/// </summary>
public sealed class ExampleFormsTests : IDisposable
{
    private const string Central = "2020-418001";
    private const string Department = "2019-352101";
    private const string Approval = "2023-yunling-urban";
    private const string Hunan = "2024-xiangyuan-agriculture";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData(Central)]
    [InlineData(Department)]
    [InlineData(Approval)]
    [InlineData(Hunan)]
    public void The_example_document_markup_matches_its_reviewed_snapshot(string slug) =>
        Snapshot.Match(Markup(slug), SnapshotNameExtension.Create(slug));

    [Theory]
    [InlineData(Central)]
    [InlineData(Department)]
    [InlineData(Approval)]
    [InlineData(Hunan)]
    public void The_example_word_file_passes_the_OpenXML_validator_with_its_cells_merged(string slug)
    {
        var site = Build(slug);
        using var document = WordprocessingDocument.Open(Path.Combine(site, slug + ".docx"), false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var cells = document.MainDocumentPart!.Document!.Body!.Descendants<TableCellProperties>().ToList();
        Assert.Contains(cells, c => c.GridSpan?.Val?.Value >= 3);
        Assert.Contains(cells, c => c.VerticalMerge is not null);
    }

    [Fact]
    public void The_central_form_puts_the_midterm_and_annual_halves_side_by_side_padding_the_shorter()
    {
        var rows = Rows(Build(Central), "project-1");

        Assert.All(new[]
        {
            "项目资金|资金总额|3600.00|当年资金总额|1200.00",
            "其中：财政拨款|3200.00|其中：当年财政拨款|1050.00",
            "总体目标|中期目标|年度目标",
            "一级指标|中期指标|年度指标",
            "二级指标|三级指标|指标值|二级指标|三级指标|指标值",
            "产出指标|数量指标|改造学校数量|＝12所|数量指标|当年改造学校数量|＝4所",
            // 产出指标 has six 中期 rows and five 年度 rows: the 年度 half's last row is blank.
            "成本指标|单校改造平均成本|≤300万元|||",
            // 效益指标 the other way round: the 中期 half is padded.
            "|||社会公众或服务对象满意度指标|学生家长满意度|≥90%",
        }, row => Assert.Contains(row, rows));
    }

    [Fact]
    public void The_department_form_lists_the_tasks_with_their_total_and_targets_with_their_standard()
    {
        var rows = Rows(Build(Department), "department-form");

        Assert.All(new[]
        {
            "部门（单位）名称|云溪市文化和旅游局|部门预算编码|352101",
            "年度预算安排（万元）|资金总额|2865.40",
            "年度履职目标|部门职能|年度目标任务|支出项目名称|预算金额（万元）",
            "机关运行|保障在职人员工资福利和机关日常运转|基本支出|1335.40",
            "合计|2865.40",
            "一级指标|二级指标|三级指标|指标解释|目标值",
            "投诉按时办结率|按时办结的文化和旅游投诉件数占受理件数的比例|100%(历史标准)",
        }, row => Assert.Contains(row, rows));
    }

    [Fact]
    public void The_approval_form_prints_score_ranges_in_its_labels_amounts_as_typed_and_a_row_without_a_third_level()
    {
        var site = Build(Approval);
        var rows = Rows(site, "project-1");

        Assert.All(new[]
        {
            "项目支出绩效目标审批表",
            "项目资金（万元）|年度资金总额|1,250.00",
            "其中：财政拨款|1200万",
            "项目负责人|刘建国|联系电话|023-6781 2345",
            "绩效指标|一级指标|二级指标|三级指标|指标值|分值",
            "成本指标(0-20)分|经济成本指标|洒水车和雾炮车运行成本|≤850万元|10",
            "作业质量|优良|5",
            // 经济效益指标 is printed with blank cells, as the paper form prints it.
            "效益指标(20-40)分|经济效益指标|||",
            "财政部门审核意见|同意",
        }, row => Assert.Contains(row, rows));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal("（2023年度）", page.QuerySelector("p.center")!.TextContent);
        Assert.Equal(["填表人：王丽", "审核人：陈刚", "填报日期：2023年1月10日"], page.QuerySelector("p.sign-off")!.Children.Select(c => c.TextContent));
        Assert.Contains("2023,,1,城区道路抑尘降尘,效益指标,经济效益指标,,,", File.ReadAllText(Path.Combine(site, $"{Approval}-approval_indicators.csv")));
        Assert.Contains(",1250.00,1200.00,50.00,", File.ReadAllText(Path.Combine(site, $"{Approval}-approval-projects.csv")));
    }

    [Fact]
    public void The_hunan_form_prints_value_and_unit_in_their_own_columns_and_a_row_with_only_its_scoring_rule()
    {
        var site = Build(Hunan);
        var rows = Rows(site, "department-form");

        Assert.All(new[]
        {
            "部门（单位）名称|湘源县农业农村局",
            "年度预算申请|资金总额|财政拨款|其他资金|基本支出|项目支出",
            "2865.40|2715.40|150.00|1335.40|1530.00",
            "一级指标|二级指标|三级指标|指标值类型|指标值|计量单位|指标解释|评（扣）分标准|备注",
            "产出指标|数量指标|高标准农田建设面积|定量|≥3.2|万亩|年内新建并验收的高标准农田面积|每少完成1%扣0.5分|上年实际3.0万亩",
            "建设项目验收|定性|达标||高标准农田建设项目按规范通过验收|未通过验收不得分|",
            "效益指标|经济效益指标||||||本年度不设经济效益指标，不计分|",
        }, row => Assert.Contains(row, rows));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal(["填表人：李芳", "联系电话：0731-8567 1234", "填报日期：2024年1月15日"], page.QuerySelector("p.sign-off")!.Children.Select(c => c.TextContent));
        Assert.Contains("2024,,效益指标,经济效益指标,,,,,,本年度不设经济效益指标，不计分,", File.ReadAllText(Path.Combine(site, $"{Hunan}-hunan_department_indicators.csv")));
    }

    [Theory]
    [InlineData(Approval, "projects/01-road-dust-control.yaml", "            score: 5\n  - level1: 产出指标", "            score: 25\n  - level1: 产出指标", Codes.ScoreRange)]
    [InlineData(Approval, "projects/02-street-lighting.yaml", "  other: 0\n", "  other: 10\n", Codes.BudgetSum)]
    [InlineData(Approval, "projects/02-street-lighting.yaml", "period: 2023.01-2023.12", "period: 20231-202312", Codes.Period)]
    [InlineData(Approval, "projects/02-street-lighting.yaml", "  total: 380万元", "  total: 380元", Codes.AmountUnit)]
    [InlineData(Central, "projects/01-school-standardisation.yaml", "  total: 1200.00\n  fiscal: 1050.00\n  other: 150.00", "  total: 3700.00\n  fiscal: 3550.00\n  other: 150.00", Codes.AgreeCheck)]
    [InlineData(Central, "projects/01-school-standardisation.yaml", "  fiscal: 1050.00", "  fiscal: 1005.00", Codes.BudgetSum)]
    [InlineData(Central, "projects/03-teacher-training.yaml", "  other: 60.00", "  other: 6.00", Codes.BudgetSum)]
    [InlineData(Department, "department.yaml", "  basic: 1335.40", "  basic: 1335.00", Codes.BudgetSum)]
    [InlineData(Department, "department.yaml", "    amount: 370.00", "    amount: 307.00", Codes.BudgetSum)]
    [InlineData(Department, "department.yaml", "tasks_total: 2865.40", "tasks_total: 2956.40", Codes.BudgetSum)]
    public void A_number_that_breaks_the_profiles_arithmetic_is_an_error_in_its_file(string slug, string file, string before, string after, string code)
    {
        using var copy = TempContent.CopyOf(Path.Combine(Repo.Content, slug));
        copy.Replace(file, before, after);

        var diagnostics = Pipeline.Check(new BuildOptions(copy.Content, Repo.Templates)).Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == code && d.Severity == Severity.Error && d.Location.File.EndsWith(file, StringComparison.Ordinal));
    }

    [Fact]
    public void A_publication_with_the_department_form_alone_builds_under_a_framework_the_seed_form_does_not_accept()
    {
        // Without project files no project form is printed: the seed's default project profile (which does
        // not accept central-2020) has no say, and the site has no project tables of it to stack.
        var content = Path.Combine(_root, "content");
        TempContent.Copy(Path.Combine(Repo.Content, Department), Path.Combine(content, Department));
        Directory.Delete(Path.Combine(content, Department, "projects"), recursive: true);
        var publication = Path.Combine(content, Department, "publication.yaml");
        File.WriteAllText(publication, File.ReadAllText(publication)
            .Replace("framework: legacy", "framework: central-2020").Replace("projects: projects\n", ""));
        // central-2020 puts satisfaction under 效益指标.
        var department = Path.Combine(content, Department, "department.yaml");
        File.WriteAllText(department, File.ReadAllText(department).Replace(
            "  - level1: 满意度指标\n    groups:\n      - level2: 服务对象满意度指标", "      - level2: 社会公众或服务对象满意度指标"));

        var result = Pipeline.Build(new BuildOptions(content, Repo.Templates, Path.Combine(_root, "output")) { RenderPdf = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var site = Path.Combine(_root, "output", "site");
        Assert.Contains("合计|2865.40", Rows(Path.Combine(site, Department), "department-form"));
        Assert.True(File.Exists(Path.Combine(site, Department, $"{Department}-department_tasks.csv")));
        Assert.False(File.Exists(Path.Combine(site, "data", "budgets.csv")));
    }

    [Fact]
    public void A_department_form_whose_tables_are_named_like_the_project_forms_is_reported_on_the_forms_key()
    {
        using var copy = TempContent.CopyOf(Path.Combine(Repo.Content, Department));
        var templates = Path.Combine(copy.Root, "templates");
        TempContent.Copy(Repo.Templates, templates);
        var definition = Path.Combine(templates, "forms", "department-whole", "form.yaml");
        File.WriteAllText(definition, File.ReadAllText(definition).Replace("data: department_indicators", "data: indicators"));

        var diagnostics = Pipeline.Check(new BuildOptions(copy.Content, templates)).Diagnostics;

        var clash = Assert.Single(diagnostics, d => d.Code == Codes.UnknownProfile);
        Assert.EndsWith("publication.yaml", clash.Location.File);
        Assert.Contains("indicators", clash.Message);
    }

    [Fact]
    public void A_site_of_the_central_form_alone_links_its_own_site_wide_tables_and_no_missing_file()
    {
        var site = Path.GetDirectoryName(Build(Central))!;
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "index.html")));

        var links = index.QuerySelectorAll("p.site-data a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains("data/central-project-midterm_indicators.csv", links);
        Assert.DoesNotContain("data/budgets.csv", links);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(site, link)), link));
    }

    private static string Markup(string slug)
    {
        var diagnostics = new DiagnosticBag();
        var templates = SiteTemplates.Load(Repo.Templates, diagnostics)!;
        var publication = PublicationLoader.Load(Path.Combine(Repo.Content, slug), Seed.Forms, diagnostics)! with { Slug = slug };
        var markup = new Composer(templates.Document).Compose(publication, diagnostics)!;
        Assert.Empty(diagnostics.Items);
        return markup;
    }

    /// <summary>Builds the example alone (no PDF) and returns its folder in the site.</summary>
    private string Build(string slug)
    {
        var content = Path.Combine(_root, "content");
        TempContent.Copy(Path.Combine(Repo.Content, slug), Path.Combine(content, slug));
        var result = Pipeline.Build(new BuildOptions(content, Repo.Templates, Path.Combine(_root, "output")) { RenderPdf = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Path.Combine(_root, "output", "site", slug);
    }

    /// <summary>The page's table rows after the heading with this id up to the next h3, each as its cells' text joined by '|'.</summary>
    private static List<string> Rows(string site, string headingId)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "index.html")));
        var heading = page.GetElementById(headingId)!;
        var next = page.QuerySelectorAll("h3").FirstOrDefault(h => heading.CompareDocumentPosition(h).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        var rows = new List<string>();
        foreach (var table in page.QuerySelectorAll("table"))
        {
            if (heading.CompareDocumentPosition(table).HasFlag(AngleSharp.Dom.DocumentPositions.Preceding)) continue;
            if (next is not null && next.CompareDocumentPosition(table).HasFlag(AngleSharp.Dom.DocumentPositions.Following)) continue;
            rows.AddRange(table.QuerySelectorAll("tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))));
        }
        return rows;
    }
}
