using PerfPublish.Tests.Support;
using Snapshooter.Xunit;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>
/// The seed's pages as a reviewed snapshot (PageMap): a template or style change that moves a table
/// to the next page, adds a page or moves a heading fails here and shows in the snapshot's diff.
/// </summary>
public class PageMapTests(RenderedSeed seed) : IClassFixture<RenderedSeed>
{
    private static string ReviewedSnapshot => Path.Combine(Repo.Root, "tests", "PerfPublish.Tests", "Write", "Pdf", "__snapshots__",
        $"{nameof(PageMapTests)}.{nameof(The_seed_pdf_pages_match_their_reviewed_map)}.snap");

    [CiLayoutFact]
    public void The_seed_pdf_pages_match_their_reviewed_map() => Snapshot.Match(PageMap.Of(seed.Docx, seed.PdfPath));

    [CiLayoutFact]
    public void A_template_change_that_makes_the_indicator_grid_taller_fails_the_reviewed_map()
    {
        // A narrower 三级指标 column wraps more of its names: the grids grow and rows move to the next page.
        using var templates = TempTemplates.CopyOf(Repo.Templates);
        templates.Replace("forms/hebei-project-2021/form.sbn-html",
            """<col data-width="12"><col data-width="13"><col data-width="17"><col data-width="23">""",
            """<col data-width="12"><col data-width="13"><col data-width="8"><col data-width="32">""");
        using var rendered = RenderedPublication.Of(Repo.SeedPublication, templates.Path);

        var changed = PageMap.Of(rendered.Docx, rendered.PdfPath);

        Assert.True(File.Exists(ReviewedSnapshot), $"the reviewed page map {ReviewedSnapshot} is missing");
        Assert.NotEqual(File.ReadAllText(ReviewedSnapshot).Trim(), changed.Trim());
    }
}
