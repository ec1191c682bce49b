using System.Text.RegularExpressions;
using PerfPublish.Corpus;
using PerfPublish.Diagnostics;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

public partial class BuildCacheTests
{
    [Fact]
    public void A_cached_rebuild_after_an_edit_equals_a_clean_build_of_the_edited_content()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 5, Projects: 3));
        var cached = corpus.Options("cached");
        Assert.True(Pipeline.Build(cached).Succeeded);
        var keysBefore = BuildManifest.Read(cached.OutputFolder).Publications.ToDictionary(p => p.Summary.Slug, p => p.Key);

        var edited = Path.Combine(corpus.Folders[1], "projects", "01-land-exchange-center.yaml");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("进行土地交易数量", "进行土地交易的数量"));
        Assert.True(Pipeline.Build(cached).Succeeded);
        Assert.True(Pipeline.Build(corpus.Options("clean") with { UseCache = false }).Succeeded);

        GeneratedCorpus.AssertSameSite(corpus.Site("clean"), corpus.Site("cached"));
        Assert.Contains("进行土地交易的数量", System.Text.Encoding.UTF8.GetString(corpus.Site("cached")[$"{Path.GetFileName(corpus.Folders[1])}/index.html"]));
        // Only the edited publication got a new key: the other four were reused.
        var keysAfter = BuildManifest.Read(cached.OutputFolder).Publications.ToDictionary(p => p.Summary.Slug, p => p.Key);
        Assert.Equal([Path.GetFileName(corpus.Folders[1])], keysBefore.Where(k => keysAfter[k.Key] != k.Value).Select(k => k.Key));
    }

    [Fact]
    public void An_edit_to_last_year_rebuilds_the_next_years_page_that_compares_with_it()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 3, Years: 2));
        var cached = corpus.Options("cached");
        Assert.True(Pipeline.Build(cached).Succeeded);
        var years = corpus.Folders.Order(StringComparer.Ordinal).Select(Path.GetFileName).ToList();

        var lastYear = Path.Combine(corpus.Root, "content", years[0]!, "projects", "01-land-exchange-center.yaml");
        File.WriteAllText(lastYear, File.ReadAllText(lastYear).Replace("value: \"≥50%\"", "value: \"≥45%\""));
        Assert.True(Pipeline.Build(cached).Succeeded);
        Assert.True(Pipeline.Build(corpus.Options("clean") with { UseCache = false }).Succeeded);

        // The next year's page was not reused from before the edit: it says what changed from the edited year.
        GeneratedCorpus.AssertSameSite(corpus.Site("clean"), corpus.Site("cached"));
        Assert.Contains("≥45%", System.Text.Encoding.UTF8.GetString(corpus.Site("cached")[$"{years[1]}/index.html"]));
    }

    [Fact]
    public void A_changed_template_rebuilds_every_publication()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 2, Projects: 3));
        var templates = Path.Combine(corpus.Root, "templates");
        TempContent.Copy(Repo.Templates, templates);
        var options = corpus.Options("out") with { TemplatesFolder = templates };
        Assert.True(Pipeline.Build(options).Succeeded);

        var page = Path.Combine(templates, "site", "page.sbn-html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</main>", "<p>模板已修改</p></main>"));
        Assert.True(Pipeline.Build(options).Succeeded);

        var site = corpus.Site("out");
        Assert.All(corpus.Folders, folder => Assert.Contains("模板已修改", System.Text.Encoding.UTF8.GetString(site[$"{Path.GetFileName(folder)}/index.html"])));
    }

    [Fact]
    public void A_cached_publication_repeats_the_warnings_of_the_build_that_made_it()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 3));
        var prose = Path.Combine(corpus.Folders[0], "safeguards.md");
        File.AppendAllText(prose, "\n<b>原始 HTML</b>\n");
        var options = corpus.Options("out");

        var first = Pipeline.Build(options);
        var second = Pipeline.Build(options);

        Assert.NotEmpty(first.Diagnostics);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void A_cached_file_changed_since_the_build_that_wrote_it_is_built_again()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 3, Projects: 3));
        var cached = corpus.Options("cached");
        Assert.True(Pipeline.Build(cached).Succeeded);
        var slugs = corpus.Folders.Select(f => Path.GetFileName(f)!).ToList();
        // One file emptied, one edited by hand with its length kept: the size alone would not tell.
        File.WriteAllBytes(Path.Combine(cached.SiteFolder, slugs[0], slugs[0] + ".docx"), []);
        var page = Path.Combine(cached.SiteFolder, slugs[1], "index.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("<main", "<mein"));

        Assert.True(Pipeline.Build(cached).Succeeded);
        Assert.True(Pipeline.Build(corpus.Options("clean") with { UseCache = false }).Succeeded);

        GeneratedCorpus.AssertSameSite(corpus.Site("clean"), corpus.Site("cached"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"Publications\":null}")]
    [InlineData("{\"Publications\":[{\"Files\":[{\"Path\":\"../../x\",\"Size\":1,\"Sha256\":\"00\"}]}]}")]
    [InlineData("not json")]
    public void A_manifest_that_cannot_be_read_is_ignored_with_one_warning_naming_it_and_everything_is_built(string manifest)
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 2, Projects: 3));
        var cached = corpus.Options("cached");
        Assert.True(Pipeline.Build(cached).Succeeded);
        File.WriteAllText(BuildManifest.PathIn(cached.OutputFolder), manifest);

        var result = Pipeline.Build(cached);
        Assert.True(Pipeline.Build(corpus.Options("clean") with { UseCache = false }).Succeeded);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, Codes.ManifestUnreadable), (warning.Severity, warning.Code));
        Assert.EndsWith(BuildManifest.FileName, warning.Location.File, StringComparison.Ordinal);
        GeneratedCorpus.AssertSameSite(corpus.Site("clean"), corpus.Site("cached"));
        // The manifest was written again: the next build reads it without a warning.
        Assert.Empty(Pipeline.Build(cached).Diagnostics);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"Path\":\"../../outside.docx\",\"Size\":0,\"Sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"}")]
    [InlineData("{\"Path\":\"other/x.docx\",\"Size\":0,\"Sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"}")]
    public void A_manifest_file_entry_that_is_null_or_outside_its_publication_makes_the_manifest_unreadable(string entry)
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 3));
        var cached = corpus.Options("cached");
        Assert.True(Pipeline.Build(cached).Succeeded);
        var manifest = BuildManifest.PathIn(cached.OutputFolder);
        File.WriteAllText(manifest, FileEntry().Replace(File.ReadAllText(manifest), entry, 1));

        var result = Pipeline.Build(cached);

        Assert.True(result.Succeeded);
        Assert.Equal(Codes.ManifestUnreadable, Assert.Single(result.Diagnostics).Code);
    }

    [GeneratedRegex("""\{"Path":"[^"]*","Size":\d+,"Sha256":"[0-9a-f]+"\}""")]
    private static partial Regex FileEntry();

    [Fact]
    public void A_pdf_libreoffice_failed_to_write_is_not_cached_and_the_next_build_tries_again()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        var libreOffice = new FakeLibreOffice(content.Root);

        var first = CliProcess.Run(content.Root, libreOffice.Environment, "build", "--templates", Repo.Templates);
        var startsFirst = libreOffice.Starts;
        var second = CliProcess.Run(content.Root, libreOffice.Environment, "build", "--templates", Repo.Templates);

        Assert.Equal((0, 0), (first.Exit, second.Exit));
        Assert.Contains("warning PP0401: PDF not written", first.Error + first.Out);
        Assert.True(startsFirst > 0, "the first build started LibreOffice");
        Assert.True(libreOffice.Starts > startsFirst, "the second build started LibreOffice again instead of reusing the output without its PDF");
    }
}
