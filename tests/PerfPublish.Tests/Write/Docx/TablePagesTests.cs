using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Tests.Support;
using PerfPublish.Tests.Write.Pdf;
using PerfPublish.Write.Docx;

namespace PerfPublish.Tests.Write.Docx;

/// <summary>
/// A 一级指标 group taller than a page (TablePages): it is cut between its 二级指标 groups into pieces that fit a
/// page, each piece prints the 一级指标 again and is kept together, so every printed page shows the labels its
/// rows run under. Groups that fit a page are kept whole and printed once.
/// </summary>
public class TablePagesTests
{
    /// <summary>A grid with 产出指标 over 48 rows (four 二级指标 of 12), then 效益指标 and 满意度指标 over 2 rows each.</summary>
    private static string TallGrid()
    {
        var markup = new StringBuilder("<table class=\"indicators\"><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead><tbody>");
        string[] seconds = ["数量指标", "质量指标", "时效指标", "成本指标"];
        for (var s = 0; s < seconds.Length; s++)
            for (var i = 0; i < 12; i++)
                markup.Append("<tr>")
                    .Append(s == 0 && i == 0 ? "<th scope=\"rowgroup\" rowspan=\"48\">产出指标</th>" : "")
                    .Append(i == 0 ? $"<th scope=\"rowgroup\" rowspan=\"12\">{seconds[s]}</th>" : "")
                    .Append($"<th scope=\"row\">{seconds[s][..2]}指标第{i + 1}项</th><td>≥{90 + i % 10}%</td></tr>");
        foreach (var first in new[] { "效益指标", "满意度指标" })
            markup.Append($"<tr><th scope=\"rowgroup\" rowspan=\"2\">{first}</th><th scope=\"row\" rowspan=\"2\">{first[..2]}二级</th><th scope=\"row\">{first}甲</th><td>≥90%</td></tr>")
                .Append($"<tr><th scope=\"row\">{first}乙</th><td>≥95%</td></tr>");
        return markup.Append("</tbody></table>").ToString();
    }

    private static byte[] Written(string markup)
    {
        var diagnostics = new PerfPublish.Diagnostics.DiagnosticBag();
        var tree = new PerfPublish.Parse.MarkupParser("test", diagnostics).Parse(markup);
        Assert.Empty(diagnostics.Items);
        return new DocxWriter(Seed.Templates.ReferenceDocx).Write(tree, Seed.Properties);
    }

    private static List<(string? Label, bool Restart, bool Keeps)> FirstColumn(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        return [.. document.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().Skip(1).Select(row =>
        {
            var cell = row.Elements<TableCell>().First();
            var merge = cell.TableCellProperties?.VerticalMerge?.Val?.Value;
            return (merge == MergedCellValues.Continue ? null : cell.InnerText, merge != MergedCellValues.Continue,
                row.Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null));
        })];
    }

    [Fact]
    public void A_first_level_group_taller_than_a_page_prints_its_label_again_where_each_piece_starts()
    {
        var rows = FirstColumn(Written(TallGrid()));

        var starts = rows.Select((row, i) => (row, i)).Where(r => r.row.Restart).Select(r => (r.row.Label, r.i)).ToList();
        var pieces = starts.Where(s => s.Label == "产出指标").Select(s => s.i).ToList();
        Assert.True(pieces.Count >= 2, $"产出指标 printed {pieces.Count} time(s)");
        Assert.All(pieces, start => Assert.Equal(0, start % 12));   // cut between 二级指标 groups only
        // Each piece is kept together and may leave the page after its last row; the groups that fit are printed once.
        var ends = pieces.Skip(1).Select(start => start - 1).Append(47).ToList();
        Assert.All(ends, end => Assert.False(rows[end].Keeps && end != 47, $"row {end} ends a piece but is kept with the next"));
        Assert.All(Enumerable.Range(0, 48).Except(ends), row => Assert.True(rows[row].Keeps, $"row {row} inside a piece is not kept with the next"));
        Assert.Equal(["效益指标", "满意度指标"], starts.Select(s => s.Label).Where(l => l != "产出指标"));
    }

    [Fact]
    public void Groups_that_fit_a_page_print_their_labels_once_and_keep_their_rows_together()
    {
        var rows = FirstColumn(Written(SmallGrid()));

        Assert.Equal(["产出指标", "效益指标"], rows.Where(r => r.Restart).Select(r => r.Label));
        Assert.Equal([true, true, false, true, false], rows.Select(r => r.Keeps));
    }

    [Fact]
    public void A_form_without_header_rows_is_kept_whole_only_where_it_fits_a_page()
    {
        static string WithoutHeader(string grid) => grid.Replace("<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>", "")
            .Replace("<thead><tr><th>一级指标</th><th>三级指标</th><th>指标值</th></tr></thead>", "");
        var tall = FirstColumnOfAll(Written(WithoutHeader(TallGrid())));
        var small = FirstColumnOfAll(Written(WithoutHeader(SmallGrid())));

        Assert.All(small.SkipLast(1), keeps => Assert.True(keeps));
        Assert.Contains(tall.SkipLast(1), keeps => !keeps);
    }

    private static List<bool> FirstColumnOfAll(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>()
            .Select(row => row.Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null))];
    }

    private static string SmallGrid() =>
        "<table class=\"indicators\"><thead><tr><th>一级指标</th><th>三级指标</th><th>指标值</th></tr></thead><tbody>" +
        "<tr><th scope=\"rowgroup\" rowspan=\"3\">产出指标</th><th scope=\"row\">甲</th><td>1</td></tr><tr><th scope=\"row\">乙</th><td>2</td></tr><tr><th scope=\"row\">丙</th><td>3</td></tr>" +
        "<tr><th scope=\"rowgroup\" rowspan=\"2\">效益指标</th><th scope=\"row\">丁</th><td>4</td></tr><tr><th scope=\"row\">戊</th><td>5</td></tr>" +
        "</tbody></table>";

    [LibreOfficeFact]
    public void Printed_every_page_of_a_tall_group_shows_its_first_level_label()
    {
        var docx = Written(TallGrid());
        using var pdf = ConvertedPdf.Of(docx);

        Assert.True(PdfTools.PageCount(pdf.Path) >= 2, "the grid fits one page: the test needs it to run over");
        var findings = PrintChecks.Of(docx, pdf.Path, []).Where(f => !f.Contains("filled", StringComparison.Ordinal)).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
