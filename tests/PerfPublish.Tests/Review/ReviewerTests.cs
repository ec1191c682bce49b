using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Publishing;
using PerfPublish.Review;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Review;

/// <summary>
/// perfpublish diff end to end, on a two-commit repository made from the seed: a budget changed, an indicator
/// renamed, a goal sentence edited and a project added, each checked in index.html, review.md and the Word
/// file with tracked revisions (which must validate, and read as the new document accepted, the old rejected).
/// </summary>
public class ReviewerTests
{
    private const string Project = "content/2021-632001/projects/01-land-exchange-center.yaml";
    private const string OldGoal = "保障国有土地交易中心的工作顺利开展，高质量完成土地交易工作。";
    private const string NewGoal = "保障国有土地交易中心的工作顺利开展，按时高质量完成全年土地交易工作。";

    /// <summary>The change: budget 6 → 8 (with the purpose sentence that states it), 交易数量 renamed, the goal edited, a project added.</summary>
    internal static void EditTheSeed(TempRepository repository)
    {
        repository.Replace(Project, "  total: 6.00      # 预算数", "  total: 8.00      # 预算数");
        repository.Replace(Project, "  fiscal: 6.00     # 其中：财政资金", "  fiscal: 8.00     # 其中：财政资金");
        repository.Replace(Project, "预算6万元，其中财政资金6万元", "预算8万元，其中财政资金8万元");
        repository.Replace(Project, "level3: 交易数量", "level3: 土地交易数量");
        repository.Replace(Project, OldGoal, NewGoal);
        var added = File.ReadAllText(repository.PathOf(Project))
            .Replace("code: 13030421K8U6FQHZNYVC1", "code: 13030421K8U6FQHZNYVC4").Replace("name: 国有土地交易中心运行费用", "name: 政府采购平台维护");
        repository.Write("content/2021-632001/projects/04-platform-upkeep.yaml", added);
    }

    private static ReviewResult Review(TempRepository repository, string from, string? to = null) =>
        Reviewer.Run(new ReviewRequest(from, to) { WorkingFolder = repository.Root, OutputFolder = repository.Output, Parallelism = 2 });

    /// <summary>The publication's Word file as the normal build makes it from the work tree as it is now: the oracle.</summary>
    private static byte[] BuiltDocx(TempRepository repository)
    {
        var result = Pipeline.Render(new BuildOptions(repository.PathOf("content"), repository.PathOf("templates"), repository.PathOf("oracle")) { RenderPdf = false });
        Assert.True(result.Files is not null, string.Join("\n", result.Diagnostics));
        return result.Files["2021-632001/2021-632001.docx"];
    }

    [Fact]
    public void A_two_commit_change_shows_in_the_page_the_summary_and_the_tracked_word_file()
    {
        using var repository = TempRepository.WithSeed();
        var oldDocx = BuiltDocx(repository);
        EditTheSeed(repository);
        var date = repository.Commit("budget, indicator, goal, project");
        var newDocx = BuiltDocx(repository);

        var result = Review(repository, "HEAD~1", "HEAD");

        Assert.True(result.Succeeded, result.Problem + string.Join("\n", result.Diagnostics));
        var review = Assert.Single(result.Publications);
        Assert.Equal(Presence.Changed, review.Presence);
        Assert.Contains(review.Figures, f => f.Where == "国有土地交易中心运行费用" && f.Label == "预算规模：预算数" && f.Old == 6.00m && f.New == 8.00m);
        Assert.Contains(review.Figures, f => f.Where == "" && f.Label == "预算数合计" && f.Difference == 10.00m);
        var renamed = Assert.Single(review.Indicators);
        Assert.Equal((IndicatorChangeKind.Renamed, "交易数量", "土地交易数量"), (renamed.Kind, renamed.OldName, renamed.NewName));
        var goal = Assert.Single(review.Texts, t => t.Label == "绩效目标");
        Assert.Equal((OldGoal, NewGoal), (goal.Diff.Old, goal.Diff.New));
        Assert.Equal(["按时", "全年"], goal.Diff.Pieces.Where(p => p.Change == Change.Inserted).Select(p => p.Text));
        var project = Assert.Single(review.Projects);
        Assert.Equal((ProjectChangeKind.Added, "政府采购平台维护", 8.00m), (project.Kind, project.NewName, project.Amount));
        Assert.Contains(review.Outline.Entries, e => e.Change == Change.Inserted && e.Title == "4.政府采购平台维护绩效目标表");

        var page = File.ReadAllText(Path.Combine(repository.Review, "index.html"));
        Assert.Contains("<html lang=\"zh-CN\">", page);
        Assert.DoesNotContain("<script", page);
        Assert.Contains("<tr><th scope=\"row\">国有土地交易中心运行费用</th><td>预算规模：预算数</td><td>6.00</td><td>8.00</td><td>+2.00</td></tr>", page);
        Assert.Contains("<td>产出指标 › 数量指标 › 土地交易数量</td><td>改名</td><td><ins><span class=\"visually-hidden\">增加：</span>土地</ins>交易数量</td>", page);
        Assert.Contains("顺利开展，<ins><span class=\"visually-hidden\">增加：</span>按时</ins>高质量完成<ins><span class=\"visually-hidden\">增加：</span>全年</ins>土地交易工作。", page);
        Assert.Contains("<li>新增：政府采购平台维护（编码 13030421K8U6FQHZNYVC4），预算数 8.00万元</li>", page);
        Assert.Contains("<li>目录新增：4.政府采购平台维护绩效目标表</li>", page);
        Assert.Contains("<a href=\"2021-632001.review.docx\" download>", page);

        var summary = File.ReadAllText(Path.Combine(repository.Review, "review.md"));
        Assert.Contains("[完整审阅页](index.html)", summary);
        Assert.Contains("- 国有土地交易中心运行费用 · 预算规模：预算数：6.00 → 8.00万元（+2.00）", summary);
        Assert.Contains("- 指标改名：国有土地交易中心运行费用 · 产出指标 › 数量指标 › 土地交易数量（原名 交易数量）", summary);
        Assert.Contains("顺利开展，**按时**高质量完成**全年**土地交易工作。", summary);
        Assert.Contains("- 项目新增：政府采购平台维护（编码 13030421K8U6FQHZNYVC4），预算数 8.00万元", summary);

        var tracked = File.ReadAllBytes(Path.Combine(repository.Review, "2021-632001.review.docx"));
        using (var document = WordprocessingDocument.Open(new MemoryStream(tracked), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
            var revisions = document.MainDocumentPart!.Document.Body!.Descendants().Where(e => e is InsertedRun or DeletedRun or Inserted or Deleted).ToList();
            Assert.NotEmpty(revisions);
            Assert.All(revisions, r => Assert.Equal(("PerfPublish", date.UtcDateTime), (r.GetAttribute("author", r.NamespaceUri).Value, DateTime.Parse(r.GetAttribute("date", r.NamespaceUri).Value!).ToUniversalTime())));
        }
        Assert.Equal(DocxText.Of(newDocx), RevisionReader.Accepted(tracked));
        Assert.Equal(DocxText.Of(oldDocx), RevisionReader.Rejected(tracked));
        Assert.Contains("\n土地交易数量\n", RevisionReader.Accepted(tracked));
        Assert.Contains("\n交易数量\n", RevisionReader.Rejected(tracked));
        Assert.DoesNotContain("\n土地交易数量\n", RevisionReader.Rejected(tracked));
    }

    [Fact]
    public void The_same_inputs_write_byte_identical_review_files()
    {
        using var repository = TempRepository.WithSeed();
        EditTheSeed(repository);
        repository.Commit("edits");

        Assert.True(Review(repository, "HEAD~1", "HEAD").Succeeded);
        var first = Directory.GetFiles(repository.Review).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        Directory.Delete(repository.Output, recursive: true);
        Assert.True(Review(repository, "HEAD~1", "HEAD").Succeeded);
        var second = Directory.GetFiles(repository.Review).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

        Assert.Equal(["2021-632001.review.docx", "index.html", "review.md", "site.css"], first.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(second[f.Key]), $"{f.Key} differs between two runs"));
    }

    /// <summary>
    /// git archive dates every file by its commit, so two versions of a commit with one date and edits that keep
    /// each file's size give files of the same sizes and times: the review's cached build must not take them for
    /// the version it built before.
    /// </summary>
    [Fact]
    public void A_commit_amended_with_its_date_kept_and_sizes_unchanged_is_reviewed_as_it_is_now()
    {
        using var repository = TempRepository.WithSeed();
        SetBudget(repository, "6", "7");
        repository.Commit("budget 7");
        Assert.Contains(Assert.Single(Review(repository, "HEAD~1", "HEAD").Publications).Figures, f => f.Label == "预算规模：预算数" && f.New == 7.00m);

        SetBudget(repository, "7", "8");
        repository.Amend();

        var figure = Assert.Single(Assert.Single(Review(repository, "HEAD~1", "HEAD").Publications).Figures, f => f.Label == "预算规模：预算数");
        Assert.Equal((6.00m, 8.00m), (figure.Old, figure.New));
        // The Word file comes from the side's build, which a stale cache would give as it was at 7.
        Assert.Equal(DocxText.Of(BuiltDocx(repository)), RevisionReader.Accepted(File.ReadAllBytes(Path.Combine(repository.Review, "2021-632001.review.docx"))));
    }

    private static void SetBudget(TempRepository repository, string from, string to)
    {
        repository.Replace(Project, $"  total: {from}.00      # 预算数", $"  total: {to}.00      # 预算数");
        repository.Replace(Project, $"  fiscal: {from}.00     # 其中：财政资金", $"  fiscal: {to}.00     # 其中：财政资金");
        repository.Replace(Project, $"预算{from}万元，其中财政资金{from}万元", $"预算{to}万元，其中财政资金{to}万元");
    }

    [Fact]
    public void Without_to_the_work_tree_is_compared_uncommitted_changes_and_all()
    {
        using var repository = TempRepository.WithSeed();
        repository.Replace(Project, OldGoal, NewGoal);

        var result = Review(repository, "HEAD");

        var review = Assert.Single(result.Publications);
        Assert.Equal(NewGoal, Assert.Single(review.Texts).Diff.New);
        Assert.Contains("工作区", File.ReadAllText(Path.Combine(repository.Review, "review.md")));
    }

    [Fact]
    public void The_same_commit_on_both_sides_shows_no_change_and_no_word_file()
    {
        using var repository = TempRepository.WithSeed();

        var result = Review(repository, "HEAD", "main");

        Assert.True(result.Succeeded);
        Assert.Equal(Presence.Unchanged, Assert.Single(result.Publications).Presence);
        Assert.Empty(Directory.GetFiles(repository.Review, "*.docx"));
        Assert.Contains("读者看到的内容没有变化（1 份公开文件）", File.ReadAllText(Path.Combine(repository.Review, "review.md")));
    }

    [Fact]
    public void A_publication_on_one_side_only_is_shown_added_or_removed()
    {
        using var repository = TempRepository.WithSeed();
        TempContent.Copy(Repo.Content + "/2020-418001", repository.PathOf("content/2020-418001"));
        repository.Commit("another unit's publication");

        var added = Review(repository, "HEAD~1", "HEAD");
        var removed = Review(repository, "HEAD", "HEAD~1");

        Assert.Equal(Presence.Added, added.Publications.Single(p => p.Slug == "2020-418001").Presence);
        Assert.Equal(Presence.Removed, removed.Publications.Single(p => p.Slug == "2020-418001").Presence);
        Assert.Equal(Presence.Unchanged, removed.Publications.Single(p => p.Slug == "2021-632001").Presence);
        Assert.Contains("（删除）", File.ReadAllText(Path.Combine(repository.Review, "review.md")));
        Assert.Empty(Directory.GetFiles(repository.Review, "*.docx"));
    }

    [Fact]
    public void A_binary_file_and_a_rewritten_text_are_summarised_not_dumped()
    {
        using var repository = TempRepository.WithSeed();
        File.WriteAllBytes(repository.PathOf("content/scan.bin"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE]);
        var rewritten = string.Concat(Enumerable.Repeat("本年度将全面提升政府采购工作的规范化水平，", 120));
        repository.Write("content/2021-632001/overall-objective.md", rewritten + "\n");
        repository.Commit("a binary file and a rewrite");

        var result = Review(repository, "HEAD~1", "HEAD");

        var page = File.ReadAllText(Path.Combine(repository.Review, "index.html"));
        var summary = File.ReadAllText(Path.Combine(repository.Review, "review.md"));
        Assert.True(Assert.Single(result.Publications).Texts.Single(t => t.Label == "总体绩效目标").Diff.IsLarge);
        Assert.Contains("改动较多（删去 ", page);
        Assert.DoesNotContain(rewritten[..40], page);
        Assert.Contains("<th scope=\"row\">content/scan.bin</th><td>新增</td><td>二进制或过大的文件，不逐行比较：无 → 8 B</td>", page);
        Assert.Contains("`content/scan.bin`：新增，二进制或过大的文件，不逐行比较：无 → 8 B", summary);
        Assert.True(summary.Length < 60_000);
    }

    [Fact]
    public void An_unknown_ref_is_refused_with_PP0702_and_a_side_that_does_not_build_gives_its_diagnostics()
    {
        using var repository = TempRepository.WithSeed();
        repository.Replace(Project, "  total: 6.00      # 预算数", "  total: 7.00      # 预算数");
        repository.Commit("a budget that no longer adds up");

        var unknown = Review(repository, "no-such-branch");
        var broken = Review(repository, "HEAD~1", "HEAD");

        Assert.Contains("PP0702", unknown.Problem);
        Assert.Contains("no-such-branch", unknown.Problem);
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == "PP0201" && d.Location.File == "HEAD:" + Project);
        Assert.Contains(broken.Diagnostics, d => d.Code == "PP0703" && d.Message.Contains("--to"));
        Assert.False(Directory.Exists(repository.Review));
    }

    [Fact]
    public void The_command_exits_2_for_an_unknown_ref_and_1_for_a_side_that_does_not_build_without_a_stack_trace()
    {
        using var repository = TempRepository.WithSeed();
        repository.Replace(Project, "  total: 6.00      # 预算数", "  total: 7.00      # 预算数");

        var unknown = Cli.CliTests.RunIn("en", repository.Root, "diff", "--from", "v9.9");
        var broken = Cli.CliTests.RunIn("en", repository.Root, "diff", "--from", "HEAD");
        var outside = Cli.CliTests.RunIn("en", Path.GetTempPath(), "diff", "--from", "HEAD");

        Assert.Equal(2, unknown.Exit);
        Assert.Contains("error PP0702: git has no commit, branch or tag 'v9.9'", unknown.Error);
        Assert.Equal(1, broken.Exit);
        Assert.Contains("content/2021-632001/projects/01-land-exchange-center.yaml(", broken.Error);
        Assert.Contains("error PP0703", broken.Error);
        Assert.Equal(2, outside.Exit);
        Assert.Contains("PP0701", outside.Error);
        Assert.All(new[] { unknown.Error, broken.Error, outside.Error }, e => Assert.DoesNotContain("   at ", e));
    }
}
