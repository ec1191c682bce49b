using PerfPublish.Publishing;
using PerfPublish.Scaffold;
using PerfPublish.Tests.Support;
using PerfPublish.Tests.Write.Pdf;

namespace PerfPublish.Tests.Ci;

/// <summary>
/// An office's repository, made by `init`, prints the same PDF as this one: its CI files install LibreOffice and
/// the fonts with the very script this repository's CI runs (ci/install-pdf.sh), and its build of the seed sets
/// the PDF in the same fonts, 仿宋 in FandolFang.
/// </summary>
public sealed class OfficePdfTests(RenderedSeed seed) : IClassFixture<RenderedSeed>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));

    private string Office => Path.Combine(_root, "office");

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private void Init() => Assert.Null(ContentRepository.Init(
        new InitRequest(Office, Path.Combine(AppContext.BaseDirectory, "defaults"), "PerfPublish.Cli", "0.1.0", null)).Problem);

    [Fact]
    public void The_office_ci_files_install_the_pdf_step_with_the_script_this_repository_runs()
    {
        Init();

        var script = File.ReadAllText(Path.Combine(Repo.Root, "ci", "install-pdf.sh"));
        Assert.Equal(script, File.ReadAllText(Path.Combine(Office, ".ci", "install-pdf.sh")));
        Assert.Contains("sh .ci/install-pdf.sh --cache", File.ReadAllText(Path.Combine(Office, ".github", "workflows", "perfpublish.yml")));
        Assert.Contains("sh .ci/install-pdf.sh --cache", File.ReadAllText(Path.Combine(Office, ".gitlab-ci.yml")));
        // This repository's CI (.ci/run → build.ps1 install-pdf) runs the same file.
        Assert.Contains("Invoke-Native sh @('ci/install-pdf.sh'", File.ReadAllText(Path.Combine(Repo.Root, "build.ps1")));
        Assert.Contains("build.ps1 install-pdf", File.ReadAllText(Path.Combine(Repo.Root, ".ci", "run")));
        Assert.Contains("FandolFang", script);
    }

    [FandolFact]
    public void An_office_repository_sets_its_pdf_in_the_fonts_of_this_repositorys_pdf()
    {
        Init();

        var result = Pipeline.Build(new BuildOptions(Path.Combine(Office, "content"), Path.Combine(Office, "templates"), Path.Combine(Office, "output")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pdf = Assert.Single(Directory.GetFiles(Path.Combine(Office, "output", "site"), "*.pdf", SearchOption.AllDirectories));
        var office = FontNames(pdf);
        Assert.Contains("FandolFang-Regular", office);
        Assert.Equal(FontNames(seed.PdfPath), office);
    }

    /// <summary>The PDF's fonts without the subset prefix (ABCDEF+FandolFang-Regular), each once.</summary>
    private static IReadOnlyList<string> FontNames(string pdf) =>
        [.. PdfTools.Fonts(pdf).Select(f => f.Name.Split('+')[^1]).Distinct().Order(StringComparer.Ordinal)];
}
