using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Load;

/// <summary>
/// YAML aliases (issue 21): a file whose aliases nest aliases expands without limit after loading (a 2 KB
/// project file became a million indicator rows: 45 s and 1.1 GB). Alias use is bounded in count and in
/// expanded size (<see cref="AliasBudget"/>) with PP0008 at the alias that goes past; an alias or two
/// where a text repeats still loads. Fixtures: Fixtures/hostile/alias-bomb.yaml and billion-laughs.yaml.
/// </summary>
public sealed class HostileYamlTests : IDisposable
{
    /// <summary>Not a timing: bounded, the check takes well under a second; unbounded it took 45 s or never ended.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private const string ProjectFile = "projects/01-land-exchange-center.yaml";

    private readonly TempContent _content = TempContent.CopyOf(Repo.SeedPublication);

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("alias-bomb.yaml", "*l")]
    [InlineData("billion-laughs.yaml", "*e")]
    public async Task An_alias_bomb_stops_the_check_at_the_alias_that_expands_too_far(string fixture, string alias)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Fixtures, "hostile", fixture));
        _content.Write(ProjectFile, text);

        var result = await Task.Run(Check).WaitAsync(Patience);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.AliasExpansion, error.Code);
        Assert.Equal(alias, AliasAt(text, error.Location));
        Assert.Contains(alias, error.Message);
    }

    [Fact]
    public async Task More_aliases_than_the_bound_are_refused_at_the_first_one_past_it()
    {
        var goals = string.Join("\n", Enumerable.Range(0, AliasBudget.MaxAliases + 1).Select(_ => "  - *goal"));
        _content.Replace(ProjectFile, "goals:             # 绩效目标，原表编号“1.”由模板生成，此处不写编号\n  - 保障",
            $"goals:\n  - &goal 保障国有土地交易中心的工作顺利开展。\n{goals}\n  - 保障");

        var result = await Task.Run(Check).WaitAsync(Patience);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Codes.AliasExpansion, 16 + AliasBudget.MaxAliases + 1), (error.Code, error.Location.Line));
    }

    [Fact]
    public void An_alias_inside_the_node_it_names_is_refused()
    {
        _content.Replace(ProjectFile, "goals:             #", "goals: &goals [*goals]\nold_goals:  #");

        var error = Assert.Single(Check().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal((Codes.AliasExpansion, 15, 16), (error.Code, error.Location.Line, error.Location.Column));
    }

    /// <summary>
    /// An anchor and an alias where a text repeats, as a key's value and as a list item, load like the text
    /// written out (before, an alias as a mapping's value was taken for a missing value: PP0001).
    /// </summary>
    [Fact]
    public void A_few_aliases_load_like_the_text_written_out()
    {
        _content.Replace(ProjectFile, "            basis: 年度工作计划\n      - level2: 质量指标", "            basis: &plan 年度工作计划\n      - level2: 质量指标");
        var path = Path.Combine(_content.Path, ProjectFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("basis: 年度工作计划", "basis: *plan"));

        var result = Check();

        Assert.True(File.ReadAllText(path).Split("basis: *plan").Length > 2, "the file uses the alias more than once");
        Assert.Empty(result.Diagnostics);
    }

    private BuildResult Check() => Pipeline.Check(new BuildOptions(_content.Content, Repo.Templates));

    /// <summary>The alias written at a diagnostic's line and column.</summary>
    private static string AliasAt(string text, SourceLocation at)
    {
        var line = text.Split('\n')[at.Line - 1];
        return new string([.. line[(at.Column - 1)..].TakeWhile(c => c is not (',' or ']' or ' '))]);
    }
}
