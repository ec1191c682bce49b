using System.Text.RegularExpressions;
using PerfPublish.Corpus;
using PerfPublish.Diagnostics;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

/// <summary>
/// A publication folder's name becomes file names and link addresses on the site: it must be a slug
/// (PP0223), and every link to a publication is written relative, "./" or "../" first, so that no name
/// can be read as a scheme such as javascript:.
/// </summary>
public partial class PublicationLinkTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(".hidden")]
    [InlineData("预算-2021")]
    [InlineData("2021 632001")]
    [InlineData("a&b")]
    public void A_publication_folder_whose_name_is_not_a_slug_is_an_error_at_its_publication_yaml(string name)
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        var folder = Path.Combine(content.Content, name);
        Directory.Move(content.Path, folder);
        var options = new BuildOptions(content.Content, Repo.Templates, content.Output) { RenderPdf = false };

        var check = Pipeline.Check(options);
        var build = Pipeline.Build(options);

        Assert.Equal(check.Diagnostics, build.Diagnostics);
        var error = Assert.Single(build.Diagnostics);
        Assert.Equal((Severity.Error, Codes.PublicationFolderName), (error.Severity, error.Code));
        Assert.Equal((Path.Combine(folder, "publication.yaml"), 1, 1), (Path.GetFullPath(error.Location.File), error.Location.Line, error.Location.Column));
        Assert.Contains(name, error.Message);
        Assert.False(Directory.Exists(content.Output));
    }

    [Theory]
    [InlineData("2021-632001")]
    [InlineData("Unit_A.2021")]
    [InlineData("x")]
    public void Ascii_letters_digits_hyphens_underscores_and_dots_make_a_slug(string name)
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        Directory.Move(content.Path, Path.Combine(content.Content, name));

        var result = Pipeline.Check(new BuildOptions(content.Content, Repo.Templates, content.Output));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.PublicationFolderName);
    }

    [GeneratedRegex("""(?:href|src)="([^"]*)""")]
    private static partial Regex Reference();

    [Fact]
    public void Every_link_the_site_writes_to_a_publication_starts_with_dot_slash_or_dot_dot_slash()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 2, Projects: 3, Years: 2));
        Assert.True(Pipeline.Build(corpus.Options("out")).Succeeded);
        var slugs = corpus.Folders.Select(f => Path.GetFileName(f)!).ToList();

        var links = corpus.Site("out").Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(f => Reference().Matches(System.Text.Encoding.UTF8.GetString(f.Value)).Select(m => (Page: f.Key, Href: m.Groups[1].Value)))
            .Where(link => slugs.Any(slug => link.Href.Contains(slug, StringComparison.Ordinal)))
            .ToList();

        // The index links each page, each page its downloads and its unit's other year.
        Assert.Equal(slugs.Count, links.Count(l => l.Page == "index.html" || l.Page.StartsWith("index-", StringComparison.Ordinal)));
        Assert.Contains(links, l => l.Href.EndsWith(".docx", StringComparison.Ordinal));
        Assert.All(links, l => Assert.True(l.Href.StartsWith("./", StringComparison.Ordinal) || l.Href.StartsWith("../", StringComparison.Ordinal),
            $"{l.Page}: {l.Href}"));
    }
}
