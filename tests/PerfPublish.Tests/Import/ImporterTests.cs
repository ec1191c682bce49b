using System.Text.RegularExpressions;
using PerfPublish.Publishing;
using PerfPublish.Diagnostics;
using PerfPublish.Import;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Import;

/// <summary>
/// Import as a new user meets it: the seed's DOCX imports to content that builds the same DOCX again,
/// and Word files typed the way offices type them (bold instead of heading styles, merges typed as
/// repeated or empty cells, a shifted cell, extra text) import with every word kept and warned about.
/// </summary>
public class ImporterTests
{
    public static TheoryData<string> Examples() => [.. ExampleDocx.Examples];

    /// <summary>
    /// Round trip for every shipped publication, one per profile: the seed (hebei-project-2021), the central form with
    /// its 中期 and 年度 trees side by side, the department form in 第一部分, and the two forms published alone (the Chongqing
    /// approval form with its score ranges, review and sign-off; the Hunan department form). Nothing may be left unmapped.
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_docx_imports_to_content_that_builds_the_same_docx_bytes(string example)
    {
        var source = Path.Combine(Repo.Content, example);
        var docx = ExampleDocx.Of(example);
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var projects = Path.Combine(source, "projects");
        Assert.Equal(Directory.Exists(projects) ? Directory.GetFiles(projects).Length : 0, result.Summary!.Projects);
        Assert.Equal((0, 0, 0), (result.Summary.Text.Notes, result.Summary.Text.Lost, result.Summary.Text.Twice));
        Assert.Equal(File.Exists(Path.Combine(source, "department.yaml")), File.Exists(Path.Combine(run.Folder, "department.yaml")));
        Assert.Equal(docx, ExampleDocx.Build(run.Folder));
    }

    [Fact]
    public void Labels_printed_with_a_required_field_mark_are_matched_without_it()
    {
        // Mutation: forms mark required fields in their labels (「*项目名称」, 「＊指标值」, 「预算数★」).
        var docx = SeedDocx.WithDocument(xml => xml.Replace(">项目名称<", ">*项目名称<").Replace(">指标值<", ">＊指标值<").Replace(">预算数<", ">预算数★<"));
        Assert.NotEqual(SeedDocx.Bytes, docx);
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(SeedDocx.Bytes, ExampleDocx.Build(run.Folder));
    }

    [Fact]
    public void A_publication_of_its_forms_alone_imports_without_part_one_files_or_a_unit_code()
    {
        using var formsOnly = TempContent.CopyOf(Repo.SeedPublication);
        formsOnly.Replace("publication.yaml", "  code: \"632001\"\n", "");
        foreach (var key in new[] { "overall_objective: overall-objective.md\n", "objectives: objectives.yaml\n", "safeguards: safeguards.md\n" })
            formsOnly.Replace("publication.yaml", key, "");
        var docx = ExampleDocx.Build(formsOnly.Path);
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Summary!.Projects);
        Assert.False(File.Exists(Path.Combine(run.Folder, "overall-objective.md")));
        Assert.DoesNotContain("632001", run.Read("publication.yaml"));
        Assert.Equal(docx, ExampleDocx.Build(run.Folder));
    }

    [Fact]
    public void The_central_form_printed_with_实施期_for_中期_imports_through_the_profiles_aliases()
    {
        // Mutation: the newer central layout's wording; central-project's form.yaml lists 实施期目标 and 实施期绩效指标 as aliases.
        var docx = ExampleDocx.Of("2020-418001");
        var renamed = SeedDocx.WithDocument(docx, xml => xml.Replace(">中期目标<", ">实施期目标<").Replace(">中期指标<", ">实施期指标<"));
        Assert.NotEqual(docx, renamed);
        using var run = new ImportRun();
        var result = run.Import(renamed);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(docx, ExampleDocx.Build(run.Folder));
    }

    [Fact]
    public void The_seed_prose_and_objectives_come_back_word_for_word()
    {
        using var run = new ImportRun();
        run.Import(SeedDocx.Bytes);

        Assert.Equal(File.ReadAllText(Path.Combine(Repo.SeedPublication, "safeguards.md")), run.Read("safeguards.md"));
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.SeedPublication, "overall-objective.md")), run.Read("overall-objective.md"));
        Assert.Contains("  - name: 人员管理\n    goal: 按时发放工作人员工资福利\n    indicator: 工资福利按时足额发放率\n", run.Read("objectives.yaml"));
        Assert.Contains("title: 秦皇岛市北戴河区政府采购中心2021年部门预算绩效目标\nyear: 2021\nunit:\n  code: \"632001\"\n", run.Read("publication.yaml"));
    }

    [Fact]
    public void Titles_typed_bold_instead_of_heading_styles_are_recognised()
    {
        // Mutation: every heading and title style replaced by Normal with bold runs, as an office types them.
        var docx = SeedDocx.WithDocument(xml => Regex.Replace(xml, @"<w:pStyle w:val=""(Title|Heading\d|TableTitle)"" />", @"<w:pStyle w:val=""Normal"" /><w:rPr><w:b /></w:rPr>")
            .Replace("<w:r><w:t xml:space=\"preserve\">秦皇岛市北戴河区政府采购中心</w:t></w:r>", "<w:r><w:rPr><w:b /></w:rPr><w:t xml:space=\"preserve\">秦皇岛市北戴河区政府采购中心</w:t></w:r>")
            .Replace("<w:r><w:t xml:space=\"preserve\">2021年部门预算绩效目标</w:t></w:r>", "<w:r><w:rPr><w:b /></w:rPr><w:t xml:space=\"preserve\">2021年部门预算绩效目标</w:t></w:r>"));
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("title: 秦皇岛市北戴河区政府采购中心2021年部门预算绩效目标\n", run.Read("publication.yaml"));
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.SeedPublication, "safeguards.md")), run.Read("safeguards.md"));
        Assert.Equal(3, result.Summary!.Projects);
    }

    [Fact]
    public void A_contents_page_typed_by_hand_is_recognised_by_its_page_numbers()
    {
        // Mutation: the contents entries in Normal style (no toc style), as a contents page typed by hand or pasted as text.
        var docx = SeedDocx.WithDocument(xml => Regex.Replace(xml, @"<w:pStyle w:val=""TOC\d"" />", ""));
        Assert.DoesNotMatch(@"w:val=""TOC\d""", SeedDocx.Part(docx, "word/document.xml"));
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Summary!.Projects);
    }

    [Fact]
    public void Merges_typed_as_repeated_or_empty_cells_and_full_width_labels_map_the_same_fields()
    {
        // Mutations: the first-level indicator's vertical merge typed as the same text again (vMerge continue → text);
        // 其中：财政资金 typed with a full-width space and half-width colon; 6.00 typed as 6.0万元.
        var docx = SeedDocx.WithDocument(xml =>
        {
            var repeated = Regex.Replace(xml, @"<w:vMerge w:val=""continue"" />", "");
            repeated = repeated.Replace(">其中：财政资金<", ">其中:　财政资金<").Replace(">6.00<", ">6.0万元<");
            return repeated;
        });
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var land = run.Read("projects/01-13030421k8u6fqhznyvc1.yaml");
        Assert.Contains("budget:\n  total: 6.00\n  fiscal: 6.00\n  other: 0.00\n", land);
        Assert.Contains("purpose: 预算6万元，其中财政资金6万元", land);
        Assert.Contains("  - level1: 产出指标\n    groups:\n      - level2: 数量指标\n", land);
        Assert.Contains("      - level2: 成本指标\n", land);
        Assert.Single(Regex.Matches(land, "level1: 产出指标"));
        Assert.Equal(0, result.Summary!.Text.Notes);
    }

    [Fact]
    public void An_amount_written_as_a_dash_is_imported_as_zero_with_a_warning()
    {
        // Mutation: each 其他资金 of 0.00 typed the ways offices write "none": ——, / and 无.
        var none = new Queue<string>(["——", "/", "无"]);
        var docx = SeedDocx.WithDocument(xml => Regex.Replace(xml, ">0.00<", _ => $">{none.Dequeue()}<"));
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warnings = ImportRun.WithCode(result, Codes.ImportDashAsZero).Select(d => d.ToString()).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Matches(@"input\.docx\(table 1, row 2, cell \d+\): warning PP0611: .*——", warnings[0]);
        Assert.Equal(SeedDocx.Bytes, ExampleDocx.Build(run.Folder));
    }

    [Fact]
    public void A_row_with_a_stray_empty_cell_keeps_every_word_and_is_warned_about()
    {
        // Mutation: the seed's original 评审费 生态效益指标 row, an empty cell between 绩效指标描述 and 指标值.
        var docx = SeedDocx.WithDocument(xml =>
        {
            var at = xml.IndexOf(">政府采购注重环保产品采购<", StringComparison.Ordinal);
            var cellEnd = xml.IndexOf("</w:tc>", at, StringComparison.Ordinal) + "</w:tc>".Length;
            return xml.Insert(cellEnd, "<w:tc><w:p /></w:tc>");
        });
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var shifted = Assert.Single(ImportRun.WithCode(result, Codes.ImportShifted));
        Assert.Matches(@"(^|/)input\.docx\(table 4, row \d+\): warning PP0609: ", shifted.ToString());
        Assert.Contains("          - level3: 政府采购对环保产品的支持\n            description: 政府采购注重环保产品采购\n            value: 得到供应商的认可\n", run.Read("projects/02-13030421mug5obr3orrt9.yaml"));
    }

    [Fact]
    public void Text_that_fits_no_field_is_warned_about_with_its_place_and_kept_as_a_note()
    {
        // Mutation: a remark typed into the 项目编码 row after the name (a cell the form does not have),
        // and a stray paragraph after 第二部分's heading.
        var docx = SeedDocx.WithDocument(xml =>
        {
            var at = xml.IndexOf(">国有土地交易中心运行费用</w:t></w:r></w:p></w:tc>", StringComparison.Ordinal);
            var cellEnd = xml.IndexOf("</w:tc>", at, StringComparison.Ordinal) + "</w:tc>".Length;
            var withCell = xml.Insert(cellEnd, "<w:tc><w:p><w:r><w:t>备注：经党组会研究</w:t></w:r></w:p></w:tc>");
            var part2 = withCell.IndexOf("<w:p><w:pPr><w:pStyle w:val=\"TableTitle\" />", StringComparison.Ordinal);
            return withCell.Insert(part2, "<w:p><w:r><w:t>（本部分由财务科填报）</w:t></w:r></w:p>");
        });
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded);
        var warnings = ImportRun.WithCode(result, Codes.ImportUnmapped).Select(d => d.ToString()).ToList();
        Assert.Contains(warnings, w => Regex.IsMatch(w, @"(^|/)input\.docx\(table 1, row 1, cell 5\): warning PP0607: .*备注：经党组会研究"));
        Assert.Contains(warnings, w => Regex.IsMatch(w, @"(^|/)input\.docx\(paragraph \d+\): warning PP0607: .*（本部分由财务科填报）"));
        Assert.Contains("#   (table 1, row 1, cell 5) 备注：经党组会研究\n", run.Read("projects/01-13030421k8u6fqhznyvc1.yaml"));
        Assert.Contains("（本部分由财务科填报）", run.Read("publication.yaml"));
        Assert.Equal(ImportLedger.Significant("备注：经党组会研究（本部分由财务科填报）"), result.Summary!.Text.Notes);
        Assert.True(Pipeline.Check(new BuildOptions(Path.GetDirectoryName(run.Folder)!, Repo.Templates, Path.Combine(run.Root, "output"))).Succeeded);
    }

    [Fact]
    public void A_form_that_lost_its_first_label_never_replaces_the_values_of_the_form_before_it()
    {
        // Mutation: the second project's 项目编码 label emptied (moved away by a tracked move, or deleted): its table no
        // longer starts a form and is read with the first project's, whose fields it repeats (found by fuzz-import).
        const string label = ">项目编码<";
        var docx = SeedDocx.WithDocument(xml =>
        {
            var second = xml.IndexOf(label, xml.IndexOf(label, StringComparison.Ordinal) + 1, StringComparison.Ordinal);
            return xml[..second] + "><" + xml[(second + label.Length)..];
        });
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(Conservation.Problems(docx, result, run.Folder));
        var first = run.Read("projects/01-13030421k8u6fqhznyvc1.yaml");
        Assert.Contains("\nname: 国有土地交易中心运行费用\n", first);
        Assert.Contains("#   (table 3, row 1, cell 4) 评审费\n", first);
        Assert.Contains(ImportRun.WithCode(result, Codes.ImportUnmapped), d => d.Message.Contains("项目名称") && d.Message.Contains("评审费"));
    }

    [Fact]
    public void A_cell_spanning_past_its_table_grid_leaves_the_cells_after_it_read()
    {
        // Mutation found by fuzz-import: a gridSpan of 99999 took the row past the column limit and the cells after it
        // were never read (their text lost, with nothing said). Word draws such a cell no wider than the grid.
        var docx = SeedDocx.WithDocument(xml =>
        {
            var span = xml.IndexOf("<w:gridSpan w:val=\"", StringComparison.Ordinal);
            var end = xml.IndexOf('"', span + "<w:gridSpan w:val=\"".Length);
            return xml[..span] + "<w:gridSpan w:val=\"99999" + xml[end..];
        });
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(Conservation.Problems(docx, result, run.Folder));
    }

    [Fact]
    public void A_unit_line_typed_as_two_paragraphs_or_as_a_borderless_table_is_one_unit_line()
    {
        // Mutations: the first form's unit line split at its tab into two paragraphs; the second's typed as a
        // one-row table of two cells (borderless in Word: borders are not read).
        const string Unit = "632001秦皇岛市北戴河区政府采购中心(本级)";
        var docx = SeedDocx.WithDocument(xml =>
        {
            var line = $"<w:p><w:pPr><w:pStyle w:val=\"UnitLine\" /></w:pPr><w:r><w:t xml:space=\"preserve\">{Unit}</w:t></w:r><w:r><w:tab /></w:r><w:r><w:t xml:space=\"preserve\">单位：万元</w:t></w:r></w:p>";
            var first = xml.IndexOf(line, StringComparison.Ordinal);
            var second = xml.IndexOf(line, first + line.Length, StringComparison.Ordinal);
            Assert.True(first >= 0 && second > first);
            var table = $"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>{Unit}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>单位：万元</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
            var paragraphs = $"<w:p><w:r><w:t>{Unit}</w:t></w:r></w:p><w:p><w:r><w:t>单位：万元</w:t></w:r></w:p>";
            return xml[..first] + paragraphs + xml[(first + line.Length)..second] + table + xml[(second + line.Length)..];
        });
        using var run = new ImportRun();
        var result = run.Import(docx);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Contains("unit:\n  code: \"632001\"\n  name: 秦皇岛市北戴河区政府采购中心(本级)\ncurrency_unit: 万元\n", run.Read("publication.yaml"));
        Assert.Equal(3, result.Summary!.Projects);
    }

    [Fact]
    public void Existing_content_is_never_overwritten_without_force_and_replaced_whole_with_it()
    {
        using var run = new ImportRun();
        Directory.CreateDirectory(run.Folder);
        File.WriteAllText(Path.Combine(run.Folder, "publication.yaml"), "title: 手写的内容\n");

        var refused = run.Import(SeedDocx.Bytes);
        Assert.False(refused.Succeeded);
        Assert.NotNull(refused.Problem);
        Assert.Equal("title: 手写的内容\n", run.Read("publication.yaml"));

        var forced = run.Import(SeedDocx.Bytes, force: true);
        Assert.True(forced.Succeeded);
        Assert.StartsWith("# yaml-language-server", run.Read("publication.yaml"));
        Assert.Equal(["input.docx"], Directory.GetFileSystemEntries(run.Root).Select(Path.GetFileName).Where(n => n != "out").ToList());
    }
}
