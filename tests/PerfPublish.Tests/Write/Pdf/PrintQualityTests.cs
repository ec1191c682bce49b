using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>
/// Every shipped publication prints as a reviewer signs it off (PrintChecks, issue 22): tables break between
/// 一级指标 groups or print their labels again, no row stands alone, no title leaves its table, no page is left
/// mostly blank but a part's last.
/// </summary>
public class PrintQualityTests
{
    public static TheoryData<string> Publications => [.. ExampleDocx.Examples];

    [LibreOfficeTheory]
    [MemberData(nameof(Publications))]
    public void Every_example_prints_its_tables_and_pages_as_a_reviewer_signs_them_off(string example)
    {
        using var rendered = RenderedPublication.Of(Path.Combine(Repo.Content, example), Repo.Templates);

        var findings = PrintChecks.Of(rendered.Docx, rendered.PdfPath, Labels(rendered.PagePath));
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [LibreOfficeFact]
    public void Without_its_groups_kept_together_a_table_leaves_its_labels_on_the_page_before()
    {
        // The Hunan example's 产出指标 group starts at the foot of page 3 when nothing keeps it together.
        using var rendered = RenderedPublication.Of(Path.Combine(Repo.Content, "2024-xiangyuan-agriculture"), Repo.Templates);
        var loose = WithoutKeepWithNextInTables(rendered.Docx);
        using var libreOffice = PerfPublish.Office.LibreOffice.Find(Path.Combine(Repo.Templates, "pdf-fonts.conf")).LibreOffice!;
        var pdf = Path.Combine(Path.GetTempPath(), $"loose-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(pdf, libreOffice.ConvertToPdf(loose));

            Assert.Contains(PrintChecks.Of(loose, pdf, []), finding => finding.Contains("under a label left on page", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    /// <summary>The labels of the publication's tables: the text of every header cell of its web page.</summary>
    public static IReadOnlyList<string> Labels(string page) =>
        [.. new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(page)).QuerySelectorAll("main table th").Select(th => th.TextContent)];

    private static byte[] WithoutKeepWithNextInTables(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
            foreach (var keep in document.MainDocumentPart!.Document.Body!.Descendants<Table>().SelectMany(t => t.Descendants<KeepNext>()).ToList())
                keep.Remove();
        return stream.ToArray();
    }
}
