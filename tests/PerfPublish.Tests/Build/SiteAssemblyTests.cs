using PerfPublish.Build;
using PerfPublish.Corpus;
using PerfPublish.Diagnostics;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Build;

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

        Assert.Contains(result.Diagnostics, d => d.Code == Codes.ShardOverlap && d.Severity == Severity.Error);
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
}
