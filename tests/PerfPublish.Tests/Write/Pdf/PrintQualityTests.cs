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
        using var pdf = ConvertedPdf.Of(loose);

        Assert.Contains(PrintChecks.Of(loose, pdf.Path, []), finding => finding.Contains("under a label left on page", StringComparison.Ordinal));
    }

    [LibreOfficeFact]
    public void Without_its_line_breaks_a_label_breaks_inside_a_word()
    {
        // LibreOffice breaks Chinese after any character: the seed's 满意度指标 in its 4-em column becomes 满意度指/标.
        using var rendered = RenderedPublication.Of(Repo.SeedPublication, Repo.Templates);
        var unbroken = WithoutBreaksInTables(rendered.Docx);
        using var pdf = ConvertedPdf.Of(unbroken);

        Assert.Contains(PrintChecks.Of(unbroken, pdf.Path, Labels(rendered.PagePath)), finding => finding.Contains("breaks inside a word", StringComparison.Ordinal));
    }

    /// <summary>The labels of the publication's tables: the text of every header cell of its web page.</summary>
    public static IReadOnlyList<string> Labels(string page) =>
        [.. new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(page)).QuerySelectorAll("main table th").Select(th => th.TextContent)];

    private static byte[] WithoutKeepWithNextInTables(byte[] docx) => WithoutInTables<KeepNext>(docx);

    private static byte[] WithoutBreaksInTables(byte[] docx) => WithoutInTables<Break>(docx);

    private static byte[] WithoutInTables<T>(byte[] docx) where T : DocumentFormat.OpenXml.OpenXmlElement
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
            foreach (var element in document.MainDocumentPart!.Document.Body!.Descendants<Table>().SelectMany(t => t.Descendants<T>()).ToList())
                element.Remove();
        return stream.ToArray();
    }
}
