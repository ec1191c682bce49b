using PerfPublish.Corpus;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

public class ParallelBuildTests
{
    [Fact]
    public void Building_publications_in_parallel_gives_the_same_bytes_as_one_at_a_time()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 3, Projects: 4, Years: 2));

        Assert.True(Pipeline.Build(corpus.Options("serial") with { Parallelism = 1, UseCache = false }).Succeeded);
        Assert.True(Pipeline.Build(corpus.Options("parallel") with { Parallelism = 6, UseCache = false }).Succeeded);

        var serial = corpus.Site("serial");
        Assert.Equal(6, serial.Keys.Count(k => k.EndsWith(".docx", StringComparison.Ordinal)));
        GeneratedCorpus.AssertSameSite(serial, corpus.Site("parallel"));
    }

    [Fact]
    public void A_content_error_in_one_of_many_publications_writes_nothing()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 4, Projects: 3));
        var options = corpus.Options("out");
        Assert.True(Pipeline.Build(options).Succeeded);
        var before = corpus.Site("out");

        var project = Path.Combine(corpus.Folders[2], "projects", "02-review-fees.yaml");
        File.WriteAllText(project, File.ReadAllText(project).Replace("  total: 13.00", "  total: 14.00"));
        var result = Pipeline.Build(options with { UseCache = false });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Location.File.EndsWith("02-review-fees.yaml", StringComparison.Ordinal));
        GeneratedCorpus.AssertSameSite(before, corpus.Site("out"));
    }

    [Fact]
    public void After_a_content_error_the_build_still_reports_every_other_publications_errors_as_check_does()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 4, Projects: 3));
        var project = Path.Combine(corpus.Folders[0], "projects", "02-review-fees.yaml");
        File.WriteAllText(project, File.ReadAllText(project).Replace("  total: 13.00", "  total: 14.00"));
        // Prose errors show only when prose is read: the build must still read the prose it no longer writes.
        foreach (var folder in corpus.Folders.Skip(2)) File.WriteAllText(Path.Combine(folder, "safeguards.md"), "# 保障措施\n\n正文。\n");

        var built = Pipeline.Build(corpus.Options("out") with { Parallelism = 1 });
        var check = Pipeline.Check(corpus.Options("out"));

        Assert.False(built.Succeeded);
        Assert.Contains(built.Diagnostics, d => Path.GetFullPath(d.Location.File) == project);
        foreach (var folder in corpus.Folders.Skip(2))
            Assert.Contains(built.Diagnostics, d => d.Code == "PP0302" && Path.GetFullPath(d.Location.File) == Path.Combine(folder, "safeguards.md"));
        Assert.Equal(check.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal), built.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }
}
