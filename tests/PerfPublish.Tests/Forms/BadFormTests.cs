using PerfPublish.Publishing;
using PerfPublish.Tests.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Forms;

/// <summary>
/// The bad-profile corpus: each folder under Fixtures/bad-forms holds files laid over a copy of templates/
/// (a small profile forms/tiny/ with one thing broken), a README saying what, and the diagnostics a build
/// and a check print in English (expected.txt) and Chinese (expected.zh.txt), paths relative to templates/.
/// A broken profile stops the build before any content is read, and nothing is written.
/// </summary>
public class BadFormTests
{
    private static readonly string Corpus = Path.Combine(Repo.Fixtures, "bad-forms");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(Corpus).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_profile_is_reported_where_it_is_broken_and_nothing_is_written(string name)
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        using var templates = TempTemplates.CopyOf(Repo.Templates);
        BadContentTests.Overlay(Path.Combine(Corpus, name), templates.Path);

        foreach (var (language, expected) in BadContentTests.ExpectedFiles)
        {
            var options = new BuildOptions(content.Content, templates.Path, content.Output) { RenderPdf = false };
            var built = MessageLanguage.In(language, () => Pipeline.Build(options));
            var check = MessageLanguage.In(language, () => Pipeline.Check(options));

            Assert.False(built.Succeeded);
            Assert.False(Directory.Exists(content.Output), "a failed build must not write output");
            BadContentTests.AssertPrinted(Corpus, name, expected, BadContentTests.Printed(built.Diagnostics, templates.Path));
            Assert.Equal(BadContentTests.Printed(built.Diagnostics, templates.Path), BadContentTests.Printed(check.Diagnostics, templates.Path));
        }
    }
}
