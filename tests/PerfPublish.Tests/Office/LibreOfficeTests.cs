using PerfPublish.Model;
using PerfPublish.Office;
using PerfPublish.Tests.Support;
using PerfPublish.Tests.Write.Pdf;
using PerfPublish.Write.Docx;

namespace PerfPublish.Tests.Office;

/// <summary>Layout rules checked on documents made for them, rendered by LibreOffice.</summary>
public class LibreOfficeTests
{
    /// <summary>
    /// A form directly followed by an indicator grid of 60 rows, as the project template writes them:
    /// rendered once (a LibreOffice run takes seconds) for the tests below.
    /// </summary>
    private static readonly Lazy<List<string>> FormAndLongGrid = new(() =>
    {
        var header = new TableRow(true, [.. new[] { "一级指标", "二级指标", "三级指标" }.Select(text => Cell(text, header: true))]);
        var rows = Enumerable.Range(1, 60).Select(i => new TableRow(false, [Cell($"甲{i}"), Cell($"乙{i}"), Cell($"丙{i}")]));
        return Render(new DocumentTree([
            new Heading(3, "form", HeadingRole.TableTitle, false, [new Text("1.测试绩效目标表")]),
            new Table("project-form", "概况", [1, 1, 1], [new TableRow(false, [Cell("项目编码"), Cell("X1"), Cell("Y1")])]),
            new Table("indicators", "指标", [1, 1, 1], [header, .. rows]),
        ]));
    });

    [LibreOfficeFact]
    public void An_indicator_grid_longer_than_a_page_repeats_its_header_row_on_the_next_page()
    {
        var pages = FormAndLongGrid.Value;

        Assert.True(pages.Count >= 2, "the grid should cross a page");
        Assert.All(pages, page => Assert.Contains("一级指标二级指标三级指标", page));
        Assert.Contains("甲60乙60丙60", pages[^1]);
    }

    [LibreOfficeFact]
    public void A_grid_right_after_a_form_stays_a_table_of_its_own()
    {
        // Joined to the form, the grid's header would be a middle row and could not repeat: the
        // form's row stands before the header, and the header leads the next page too.
        var pages = FormAndLongGrid.Value;

        Assert.Matches("^1.测试绩效目标表项目编码X1Y1一级指标二级指标三级指标甲1乙1丙1", pages[0]);
        Assert.StartsWith("一级指标二级指标三级指标", pages[1]);
    }

    private static List<string> Render(DocumentTree tree)
    {
        var docx = new DocxWriter(Seed.Templates.ReferenceDocx).Write(tree, Seed.Properties);
        var found = LibreOffice.Find(Path.Combine(Repo.Templates, "pdf-fonts.conf"));
        using var libreOffice = found.LibreOffice!;
        var path = Path.Combine(Path.GetTempPath(), $"perfpublish-test-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, libreOffice.ConvertToPdf(docx));
            return [.. Enumerable.Range(1, PdfTools.PageCount(path)).Select(n => PdfTools.Squeeze(PdfTools.PageText(path, n)))];
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static TableCell Cell(string text, bool header = false) =>
        new(header, header ? "col" : null, 1, 1, CellAlignment.Center, [new Paragraph([new Text(text)])]);
}
