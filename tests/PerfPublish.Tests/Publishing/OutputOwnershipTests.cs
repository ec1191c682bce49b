using PerfPublish.Corpus;
using PerfPublish.Diagnostics;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

/// <summary>A build replaces only a site folder it wrote (OutputOwnership): --output pointed at someone's folder deletes nothing.</summary>
public class OutputOwnershipTests
{
    [Fact]
    public void A_site_folder_the_build_did_not_write_is_not_replaced()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 3));
        var options = corpus.Options("out");
        var theirs = Path.Combine(options.SiteFolder, "年报.txt");
        Directory.CreateDirectory(options.SiteFolder);
        File.WriteAllText(theirs, "别人的文件");

        var result = Pipeline.Build(options);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, Codes.OutputNotOurs), (error.Severity, error.Code));
        Assert.Equal(Path.GetFullPath(options.SiteFolder), Path.GetFullPath(error.Location.File));
        Assert.Equal([theirs], Directory.GetFileSystemEntries(options.SiteFolder));
        Assert.Equal("别人的文件", File.ReadAllText(theirs));
        Assert.Equal([options.SiteFolder], Directory.GetFileSystemEntries(options.OutputFolder));
    }

    [Fact]
    public void The_command_refuses_it_with_exit_code_3()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 3));
        var site = corpus.Options("out").SiteFolder;
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "index.html"), "<p>别人的网站</p>");

        var (exit, _, error) = CliProcess.Run(corpus.Root, new Dictionary<string, string> { ["PERFPUBLISH_PDF"] = "off" },
            "build", "--content", corpus.Content, "--templates", Repo.Templates, "--output", corpus.Output("out"));

        Assert.Equal(3, exit);
        Assert.Contains("error PP0404:", error);
        Assert.Equal("<p>别人的网站</p>", File.ReadAllText(Path.Combine(site, "index.html")));
    }

    [Fact]
    public void A_site_an_earlier_version_built_beside_its_manifest_is_replaced()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 3));
        var options = corpus.Options("out");
        // What an earlier version left: a site and its manifest (in the format of then), no marker.
        Directory.CreateDirectory(options.SiteFolder);
        File.WriteAllText(Path.Combine(options.SiteFolder, "index.html"), "<p>旧的网站</p>");
        File.WriteAllText(BuildManifest.PathIn(options.OutputFolder), """{"Publications":[]}""");

        var result = Pipeline.Build(options);

        Assert.True(result.Succeeded);
        Assert.Equal(Codes.ManifestUnreadable, Assert.Single(result.Diagnostics).Code);
        Assert.DoesNotContain("旧的网站", File.ReadAllText(Path.Combine(options.SiteFolder, "index.html")));
        Assert.True(File.Exists(Path.Combine(options.OutputFolder, OutputOwnership.MarkerFileName)));
    }

    [Fact]
    public void A_folder_with_other_files_but_no_site_is_built_into_and_they_are_kept()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 3));
        var options = corpus.Options("out");
        Directory.CreateDirectory(options.OutputFolder);
        var readme = Path.Combine(options.OutputFolder, "README.md");
        File.WriteAllText(readme, "# output/");

        Assert.True(Pipeline.Build(options).Succeeded);
        // The marker the first build wrote lets the next one replace its site.
        Assert.True(Pipeline.Build(options with { UseCache = false }).Succeeded);

        Assert.Equal("# output/", File.ReadAllText(readme));
        Assert.True(File.Exists(Path.Combine(options.SiteFolder, "index.html")));
    }

    [Fact]
    public void Site_assembly_does_not_replace_a_site_folder_it_did_not_write_either()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 3));
        Assert.True(Pipeline.Build(corpus.Options("whole")).Succeeded);
        var site = Path.Combine(corpus.Output("assembled"), "site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "index.html"), "<p>别人的网站</p>");

        var result = SiteAssembly.Assemble(Repo.Templates, corpus.Output("assembled"), [corpus.Output("whole")]);

        Assert.Equal(Codes.OutputNotOurs, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("<p>别人的网站</p>", File.ReadAllText(Path.Combine(site, "index.html")));
    }
}
