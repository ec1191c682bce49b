using PerfPublish.Corpus;
using PerfPublish.Diagnostics;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

public class SiteAssemblyTests
{
    [Fact]
    public void The_shards_of_a_build_assembled_into_one_site_equal_the_whole_build()
    {
        // Two years, so pages compare with a year that may sit in another shard; the sitemap needs the address.
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 4, Projects: 3, Years: 2));
        var address = new Uri("https://czj.example.gov.cn/jxmb/");
        Assert.True(Pipeline.Build(corpus.Options("whole") with { SiteUrl = address }).Succeeded);

        var shards = Enumerable.Range(1, 3).Select(i => corpus.Options($"shard-{i}") with { Shard = new Shard(i, 3) }).ToList();
        var built = shards.Select(options => Pipeline.Build(options)).ToList();
        var assembled = SiteAssembly.Assemble(Repo.Templates, corpus.Output("assembled"), [.. shards.Select(s => s.OutputFolder)], address);

        Assert.All(built, result => Assert.True(result.Succeeded));
        Assert.True(assembled.Succeeded);
        // Every publication is in exactly one shard, and no shard is the whole build.
        var docxPerShard = shards.Select(s => corpus.Site(Path.GetFileName(s.OutputFolder)).Keys.Count(k => k.EndsWith(".docx", StringComparison.Ordinal))).ToList();
        Assert.Equal(8, docxPerShard.Sum());
        Assert.All(docxPerShard, count => Assert.True(count < 8));
        GeneratedCorpus.AssertSameSite(corpus.Site("whole"), corpus.Site("assembled"));
    }

    [Fact]
    public void A_publication_in_two_shard_outputs_is_an_error_and_nothing_is_written()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 2, Projects: 3));
        Assert.True(Pipeline.Build(corpus.Options("a")).Succeeded);
        Assert.True(Pipeline.Build(corpus.Options("b")).Succeeded);

        var result = SiteAssembly.Assemble(Repo.Templates, corpus.Output("assembled"), [corpus.Output("a"), corpus.Output("b")]);

        Assert.Contains(result.Diagnostics, d => d.Code == Codes.ShardSet && d.Severity == Severity.Error);
        Assert.False(Directory.Exists(Path.Combine(corpus.Output("assembled"), "site")));
    }

    [Fact]
    public void A_folder_that_is_not_a_build_output_is_named_in_the_error()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 3));

        var result = SiteAssembly.Assemble(Repo.Templates, corpus.Output("assembled"), [corpus.Content]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.FileMissing, error.Code);
        Assert.Contains(BuildManifest.FileName, error.Message);
    }

    /// <summary>Shard outputs of a corpus built with <paramref name="count"/> shards, and an assembled site of them all.</summary>
    private static List<string> BuildShards(GeneratedCorpus corpus, int count, string prefix = "shard", string? templates = null)
    {
        var shards = Enumerable.Range(1, count).Select(i => corpus.Options($"{prefix}-{i}") with
        {
            Shard = new Shard(i, count), TemplatesFolder = templates ?? Repo.Templates,
        }).ToList();
        Assert.All(shards, options => Assert.True(Pipeline.Build(options).Succeeded));
        return [.. shards.Select(s => s.OutputFolder)];
    }

    /// <summary>
    /// Assembles <paramref name="shards"/> over a site assembled before from all of <paramref name="complete"/> (which
    /// <paramref name="spoil"/> may change after), and asserts it fails leaving that site as it was.
    /// </summary>
    private static BuildResult AssembleOverPrevious(GeneratedCorpus corpus, IReadOnlyList<string> complete, IReadOnlyList<string> shards, Action? spoil = null)
    {
        Assert.True(SiteAssembly.Assemble(Repo.Templates, corpus.Output("assembled"), complete).Succeeded);
        var before = corpus.Site("assembled");
        var manifest = File.ReadAllBytes(BuildManifest.PathIn(corpus.Output("assembled")));
        spoil?.Invoke();

        var result = SiteAssembly.Assemble(Repo.Templates, corpus.Output("assembled"), shards);

        Assert.False(result.Succeeded);
        GeneratedCorpus.AssertSameSite(before, corpus.Site("assembled"));
        Assert.Equal(manifest, File.ReadAllBytes(BuildManifest.PathIn(corpus.Output("assembled"))));
        return result;
    }

    [Fact]
    public void A_missing_shard_is_an_error_naming_it_and_the_previous_site_stays()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 4, Projects: 3));
        var shards = BuildShards(corpus, 3);

        var result = AssembleOverPrevious(corpus, shards, [shards[0], shards[2]]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, Codes.ShardSet), (error.Severity, error.Code));
        Assert.Contains("2/3", error.Message);
    }

    [Fact]
    public void A_shard_given_twice_is_an_error()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 4, Projects: 3));
        var shards = BuildShards(corpus, 2);

        var result = AssembleOverPrevious(corpus, shards, [shards[0], shards[1], shards[1]]);

        Assert.Contains(result.Diagnostics, d => d.Code == Codes.ShardSet && d.Message.Contains("2/2", StringComparison.Ordinal));
    }

    [Fact]
    public void Shards_built_with_different_n_are_an_error_naming_both()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 4, Projects: 3));
        var halves = BuildShards(corpus, 2, "half");
        var thirds = BuildShards(corpus, 3, "third");

        var result = AssembleOverPrevious(corpus, halves, [halves[0], thirds[1], thirds[2]]);

        Assert.Contains(result.Diagnostics, d => d.Code == Codes.ShardSet && d.Message.Contains("1/2", StringComparison.Ordinal)
            && d.Message.Contains("2/3", StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(Codes.ShardSet, d.Code));
    }

    [Fact]
    public void A_shard_built_from_other_templates_is_an_error_naming_it()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 4, Projects: 3));
        var templates = Path.Combine(corpus.Root, "templates");
        TempContent.Copy(Repo.Templates, templates);
        var page = Path.Combine(templates, "site", "page.sbn-html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</main>", "<p>模板已修改</p></main>"));
        var shards = BuildShards(corpus, 2);
        var edited = BuildShards(corpus, 2, "edited", templates);

        var result = AssembleOverPrevious(corpus, shards, [shards[0], edited[1]]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.ShardSet, error.Code);
        Assert.Equal(Path.GetFullPath(BuildManifest.PathIn(edited[1])), Path.GetFullPath(error.Location.File));
        Assert.Contains("templates", error.Message);
    }

    [Fact]
    public void A_shard_built_by_another_version_of_the_tool_is_an_error_naming_it()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 4, Projects: 3));
        var shards = BuildShards(corpus, 2);
        var manifest = BuildManifest.PathIn(shards[1]);

        var result = AssembleOverPrevious(corpus, shards, shards, () => File.WriteAllText(manifest,
            File.ReadAllText(manifest).Replace(BuildIdentity.CurrentTool, "0.9.0 (00000000-0000-0000-0000-000000000000)")));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.ShardSet, error.Code);
        Assert.Contains("0.9.0", error.Message);
    }

    [Fact]
    public void A_shard_file_changed_after_its_build_is_an_error_naming_it()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 4, Projects: 3));
        var shards = BuildShards(corpus, 2);
        var docx = Directory.GetFiles(Path.Combine(shards[0], "site"), "*.docx", SearchOption.AllDirectories)[0];

        var result = AssembleOverPrevious(corpus, shards, shards, () => File.WriteAllBytes(docx, []));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.ShardSet, error.Code);
        Assert.Contains(Path.GetFileName(docx), error.Message);
    }

    [Fact]
    public void The_assembled_site_holds_copies_a_hand_edit_does_not_reach_the_shards()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 2, Projects: 3));
        var shards = BuildShards(corpus, 2);
        Assert.True(SiteAssembly.Assemble(Repo.Templates, corpus.Output("assembled"), shards).Succeeded);
        var slug = Path.GetFileName(corpus.Folders[0])!;
        var shard = shards.Single(s => Directory.Exists(Path.Combine(s, "site", slug)));
        var original = File.ReadAllBytes(Path.Combine(shard, "site", slug, "index.html"));

        File.AppendAllText(Path.Combine(corpus.Output("assembled"), "site", slug, "index.html"), "<!-- 手工修改 -->");

        Assert.Equal(original, File.ReadAllBytes(Path.Combine(shard, "site", slug, "index.html")));
    }
}
