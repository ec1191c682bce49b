using AngleSharp.Html.Parser;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>
/// Every cell typed into a shipped publication (the form-only examples of issue 18 above all: amounts typed
/// with 万, qualitative 指标值, 计量单位 beside the value, sign-off lines, rows without a 三级指标) reaches all
/// three outputs as its form prints it: the DOCX's text, the page's text and the PDF's text.
/// </summary>
public class TypedCellsTests
{
    public static TheoryData<string> Publications => [.. ExampleDocx.Examples];

    [LibreOfficeTheory]
    [MemberData(nameof(Publications))]
    public void Every_typed_cell_reaches_the_docx_the_page_and_the_pdf(string example)
    {
        var cells = TypedCells.Of(Path.Combine(Repo.Content, example));
        using var rendered = RenderedPublication.Of(Path.Combine(Repo.Content, example), Repo.Templates);

        var outputs = new (string Name, string Text)[]
        {
            ("docx", DocxText.Of(rendered.Docx)),
            ("page", new HtmlParser().ParseDocument(File.ReadAllText(rendered.PagePath)).QuerySelector("main")!.TextContent),
            ("pdf", string.Concat(LaidOutText.Read(rendered.PdfPath).Pages.SelectMany(p => p.Lines))),
        };
        var missing = from output in outputs
                      let text = PdfTools.Squeeze(output.Text)
                      from cell in cells
                      where !text.Contains(PdfTools.Squeeze(cell.Text), StringComparison.Ordinal)
                      select $"{output.Name}: '{cell.Text}' ({cell.Where})";

        Assert.True(cells.Count > 20, $"only {cells.Count} typed cells found");
        Assert.Empty(missing);
    }
}
