using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

/// <summary>
/// What the built site says is true (issue 20), read from the pages as a reader would, on the publications of
/// Fixtures/site-truth: a copy with only the year changed, or with its project files swapped, reports no change;
/// a rename is reported as one; two units under one code in one year are a located error; each publication shows
/// only the fields its form holds; the index compares a year with the year before over the same units only; every
/// download says in Chinese what it is.
/// </summary>
public partial class SiteTruthTests
{
    private static readonly string Central2020 = TruthSite.Fixture("central-2020");
    private static readonly string YearOnly = TruthSite.Fixture("central-2021-year-only");
    private static readonly string FilesSwapped = TruthSite.Fixture("central-2022-files-swapped");
    private static readonly string Renamed = TruthSite.Fixture("central-2023-renamed");
    private static readonly string DepartmentOnly = TruthSite.Fixture("department-only-2020");

    /// <summary>What a changes part says when something changed: a table or a list after its totals line.</summary>
    private static readonly string[] ChangeWords = ["有增减的项目", "新增的项目", "不再列出的项目", "名称有变化", "可能是同一项目", "指标值有变化", "只在一年中有"];

    [Fact]
    public void A_year_with_only_a_department_form_says_so_on_its_index_and_counts_no_projects()
    {
        using var site = TruthSite.Build((DepartmentOnly, "2020-352101"));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

        var line = site.Page("index.html").QuerySelector("main p")!.TextContent;
        Assert.Equal("2020年共1个单位公开了绩效目标（没有预算项目绩效目标表）。", line);
    }

    [Fact]
    public void A_copy_with_only_the_year_changed_and_one_with_its_files_swapped_report_no_change()
    {
        using var site = TruthSite.Build((Central2020, "2020-418001"), (YearOnly, "2021-418001"), (FilesSwapped, "2022-418001"));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

        foreach (var (slug, before) in new[] { ("2021-418001", 2020), ("2022-418001", 2021) })
        {
            var changes = site.Changes(slug);
            // The central form's 中期 and 年度 trees hold the same paths with other values (≥6000人次, ≥3000人次): each is its own tree.
            Assert.Contains($"与{before}年相比", changes);
            Assert.Contains("持平", changes);
            Assert.All(ChangeWords, word => Assert.DoesNotContain(word, changes));
        }
    }

    [Fact]
    public void A_renamed_project_and_a_renamed_indicator_are_reported_as_renamed_not_as_added_and_dropped()
    {
        using var site = TruthSite.Build((FilesSwapped, "2022-418001"), (Renamed, "2023-418001"));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

        var changes = site.Changes("2023-418001");

        Assert.Contains("可能是同一项目改了名称", changes);
        Assert.Contains("2022年“家庭经济困难学生资助”（当年资金总额860.00万元） → 2023年“家庭经济困难学生生活补助”（当年资金总额860.00万元）", changes);
        Assert.DoesNotContain("新增的项目", changes);
        Assert.DoesNotContain("不再列出的项目", changes);
        var renamed = site.Page("2023-418001/index.html").QuerySelectorAll(".overview table")
            .Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("名称有变化的绩效指标", StringComparison.Ordinal));
        Assert.Equal(["中小学教师全员培训", "年度绩效指标：产出指标 › 时效指标 › 年度培训计划完成时间（≤12月31日）", "年度绩效指标：产出指标 › 时效指标 › 年度培训计划完成时限（≤12月31日）"],
            renamed.QuerySelectorAll("tbody tr").Single().Children.Select(c => c.TextContent));
        Assert.DoesNotContain("只在一年中有", changes);
    }

    [Fact]
    public void One_code_under_two_names_in_one_year_is_an_error_at_the_later_unit_code_and_the_site_stays_as_it_was()
    {
        using var site = TruthSite.Build((Central2020, "2020-418001"), (YearOnly, "2021-418001"));
        Assert.True(site.Result.Succeeded);
        var before = Directory.GetFiles(site.Site, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        TempContent.Copy(TruthSite.Fixture("code-clash-2021"), Path.Combine(site.Content, "2021-418001-culture"));
        var result = site.Rebuild();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.SameUnit, error.Code);
        // publication.yaml line 6 is `  code: "418001"`; the value starts in column 9.
        Assert.EndsWith(Path.Combine("2021-418001-culture", "publication.yaml") + "(6,9)", error.Location.ToString());
        Assert.Contains("云溪市教育局(本级)", error.Message);
        Assert.Contains(Path.Combine("2021-418001", "publication.yaml"), error.Message);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(site.Site, "*", SearchOption.AllDirectories).Order());
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
    }

    [Fact]
    public void Two_publications_of_one_unit_in_one_year_are_an_error_and_check_reports_it_too()
    {
        using var site = TruthSite.Build((YearOnly, "2021-418001"), (YearOnly, "2021-418001-again"));

        var error = Assert.Single(site.Result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.SameUnit, error.Code);
        Assert.Contains("2021-418001-again", error.Location.File);
        Assert.False(Directory.Exists(site.Site));
        var check = PerfPublish.Publishing.Pipeline.Check(new PerfPublish.Publishing.BuildOptions(site.Content, Repo.Templates, site.Output));
        Assert.Equal([error.ToString()], check.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public void A_department_only_publication_shows_its_department_total_and_no_made_up_projects_or_zeros()
    {
        using var site = TruthSite.Build((DepartmentOnly, "2020-352101"), (Central2020, "2020-418001"));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

        var overview = site.Page("2020-352101/index.html").QuerySelector(".overview")!;
        Assert.Contains("云溪市文化和旅游局2020年的公开文件没有预算项目绩效目标表。", overview.TextContent);
        Assert.Contains("部门（单位）整体支出绩效目标表：资金总额2865.40万元（项目支出1530.00万元、基本支出1335.40万元）。", overview.TextContent);
        Assert.DoesNotMatch(Zero(), overview.TextContent);
        Assert.DoesNotContain("预算项目0个", overview.TextContent);
        Assert.Empty(overview.QuerySelectorAll("svg, table"));
        var index = site.Page("index.html").QuerySelector("a[href='./2020-352101/index.html']")!.ParentElement!.TextContent;
        Assert.Equal("云溪市文化和旅游局 352101 · 没有预算项目绩效目标表", index);
        Assert.Contains("2020,352101,云溪市文化和旅游局,,0,,万元,2020-352101/index.html", site.Text("data/units.csv"));
        Assert.DoesNotContain("\"budget_total\": 0", site.Text("data/site.json"));
    }

    [Fact]
    public void A_central_form_publication_shows_its_own_labels_and_no_field_of_another_form()
    {
        using var site = TruthSite.Build((Central2020, "2020-418001"));

        var overview = site.Page("2020-418001/index.html").QuerySelector(".overview")!;
        var budgets = overview.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent == "各项目当年资金总额（万元）");

        Assert.Contains("共有预算项目3个，当年资金总额合计2300.00万元。", overview.TextContent);
        Assert.Equal(["项目名称", "当年资金总额", "其中：当年财政拨款", "当年其他资金"], budgets.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["义务教育学校标准化建设", "1200.00", "1050.00", "150.00"], budgets.QuerySelectorAll("tbody tr")[0].Children.Select(c => c.TextContent));
        // The seed form's words are not this form's: no 预算数, no 财政资金, no spending plan (the form has none).
        Assert.DoesNotContain("预算数", overview.TextContent);
        Assert.DoesNotContain("财政资金", overview.TextContent);
        Assert.Null(overview.QuerySelector("#chart-plans"));
        Assert.DoesNotContain("\"fiscal\": 0", site.Text("data/site.json"));
    }

    [Fact]
    public void The_index_compares_a_year_with_the_year_before_over_the_units_in_both_only()
    {
        // 2020: 418001 and 352101 (department form only); 2021: 418001 again and the seed's 632001.
        using var site = TruthSite.Build((Central2020, "2020-418001"), (DepartmentOnly, "2020-352101"), (YearOnly, "2021-418001"), (Repo.SeedPublication, "2021-632001"));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

        var line = site.Page("index.html").QuerySelector("main > p")!.TextContent;

        Assert.Equal("2021年共2个单位公开了6个预算项目的绩效目标，预算数合计2330.03万元。" +
            "与2020年相比，两年都公开的单位1个，新增1个，不再公开1个；这1个单位的预算数合计持平。", line);
        var row = site.Page("index.html").QuerySelector("table.year-totals tbody tr")!;
        Assert.Equal("持平（两年都公开1个，新增1个，不再公开1个）", row.Children[^1].TextContent);
    }

    [Fact]
    public void Every_download_link_says_in_chinese_what_it_holds_never_a_file_name_alone()
    {
        using var site = TruthSite.Build((Central2020, "2020-418001"), (Repo.SeedPublication, "2021-632001"), (TruthSite.Fixture("department-only-2020"), "2020-352101"));
        var links = new[] { "2020-418001", "2021-632001", "2020-352101" }
            .SelectMany(slug => site.Page(slug + "/index.html").QuerySelectorAll("nav.downloads a")).ToList();

        Assert.True(links.Count >= 15, $"{links.Count} links");
        Assert.All(links, link =>
        {
            Assert.Matches(ChineseText(), link.TextContent);
            Assert.NotEqual(link.GetAttribute("href"), link.TextContent.Trim());
        });
        // A table's link names the table, not its file.
        Assert.All(links.Where(l => l.GetAttribute("href")!.EndsWith(".csv", StringComparison.Ordinal)),
            link => Assert.DoesNotContain(link.GetAttribute("href")!, link.TextContent));
        Assert.Contains(links, l => l.TextContent == "开放数据：项目支出绩效目标申报表：年度绩效指标（CSV）");
        Assert.Contains(links, l => l.TextContent == "开放数据：部门（单位）整体支出绩效目标表：年度履职目标（CSV）");
    }

    /// <summary>An amount of nothing: 0.00 on its own, not the end of 1530.00.</summary>
    [GeneratedRegex(@"(?<![\d.])0\.00")]
    private static partial Regex Zero();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseText();
}
