using PerfPublish.Corpus;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

public class RenderCacheTests
{
    [Fact]
    public void A_save_re_renders_only_the_publication_it_touched_and_the_result_equals_a_fresh_render()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 3, Projects: 3));
        var options = corpus.Options("unused");
        var cache = new RenderCache();
        var first = Pipeline.Render(options, cache: cache);

        var touched = Path.GetFileName(corpus.Folders[1]);
        var untouched = Path.GetFileName(corpus.Folders[2]);
        var project = Path.Combine(corpus.Folders[1], "projects", "01-land-exchange-center.yaml");
        File.WriteAllText(project, File.ReadAllText(project).Replace("进行土地交易数量", "进行土地交易的数量"));
        var second = Pipeline.Render(options, cache: cache);
        var fresh = Pipeline.Render(options);

        // The untouched publication's files are the very arrays rendered the first time; the touched one's are new.
        Assert.Same(first.Files![$"{untouched}/{untouched}.docx"], second.Files![$"{untouched}/{untouched}.docx"]);
        Assert.NotSame(first.Files[$"{touched}/{touched}.docx"], second.Files[$"{touched}/{touched}.docx"]);
        Assert.Equal(fresh.Files!.Keys, second.Files.Keys);
        Assert.All(fresh.Files, file => Assert.Equal(file.Value, second.Files[file.Key]));
    }

    /// <summary>serve and build run the same pass (PublicationPass): what the preview shows is what a build publishes.</summary>
    [Fact]
    public void Serve_renders_the_very_files_a_build_writes_and_reports_the_same_errors()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 3, Projects: 3, Years: 2));
        var options = corpus.Options("built");
        Assert.True(Pipeline.Build(options).Succeeded);
        var rendered = Pipeline.Render(options, cache: new RenderCache());

        var built = corpus.Site("built");
        Assert.Equal(built.Keys, rendered.Files!.Keys);
        Assert.All(rendered.Files, file => Assert.True(file.Value.AsSpan().SequenceEqual(built[file.Key]), $"{file.Key} differs from the build's"));

        var project = Path.Combine(corpus.Folders[1], "projects", "02-review-fees.yaml");
        File.WriteAllText(project, new System.Text.RegularExpressions.Regex(@"  total: [0-9.]+").Replace(File.ReadAllText(project), "  total: 999.00", 1));
        var failedBuild = Pipeline.Build(options with { UseCache = false });
        var failedRender = Pipeline.Render(options, cache: new RenderCache());
        Assert.Null(failedRender.Files);
        Assert.Contains(failedRender.Diagnostics, d => d.Code == "PP0201");
        Assert.Equal(failedBuild.Diagnostics.Select(d => d.ToString()), failedRender.Diagnostics.Select(d => d.ToString()));
    }
}
