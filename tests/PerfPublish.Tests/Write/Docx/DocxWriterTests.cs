using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Tests.Support;
using PerfPublish.Write.Docx;
using Snapshooter.Xunit;

namespace PerfPublish.Tests.Write.Docx;

public class DocxWriterTests
{
    [Fact]
    public void The_seed_docx_matches_its_reviewed_dump() => Snapshot.Match(DocxDump.Of(Seed.Docx));

    [Fact]
    public void The_seed_docx_passes_the_OpenXml_validator_with_zero_errors()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Seed.Docx), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Writing_twice_gives_byte_identical_files()
    {
        var writer = new DocxWriter(Seed.Templates.ReferenceDocx);

        Assert.Equal(writer.Write(Seed.Tree, Seed.Properties), writer.Write(Seed.Tree, Seed.Properties));
    }

    [Fact]
    public void Headings_use_word_heading_styles_and_carry_bookmarks()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Seed.Docx), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();

        var section = paragraphs.Single(p => p.InnerText == "一、总体绩效目标");
        Assert.Equal("Heading2", section.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("_Toc_overall_objective", section.Elements<BookmarkStart>().Single().Name!.Value);
    }

    [Fact]
    public void The_table_of_contents_lists_parts_sections_and_project_tables_as_links()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Seed.Docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();

        var entries = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "TOC1" or "TOC2")
            .Select(p => p.Elements<Hyperlink>().Single())
            .ToList();

        Assert.Equal(8, entries.Count);
        Assert.All(entries, e => Assert.Contains(e.Anchor!.Value, bookmarks));
        Assert.Contains(entries, e => e.InnerText.StartsWith("3.人事代理经费绩效目标表"));
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC \\o"));
    }

    [Fact]
    public void Indicator_grids_merge_first_and_second_levels_vertically()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Seed.Docx), false);
        var grid = document.MainDocumentPart!.Document.Body!.Elements<Table>().ElementAt(1);
        var firstColumn = grid.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().First()).ToList();

        Assert.Equal(9, firstColumn.Count);
        var merges = firstColumn.Select(c => c.TableCellProperties!.VerticalMerge switch { null => "-", { Val: null } => "C", var m when m.Val!.Value == MergedCellValues.Restart => "R", _ => "C" });
        Assert.Equal("RCCCRCCC-", string.Concat(merges));
        Assert.All(grid.Elements<TableRow>(), r => Assert.Equal(6, r.Elements<TableCell>().Sum(c => c.TableCellProperties!.GridSpan?.Val?.Value ?? 1)));
    }

    [Fact]
    public void Styles_come_from_the_reference_document_so_a_restyle_needs_no_code_change()
    {
        var restyled = RestyledReference(normalFont: "思源宋体");

        var docx = new DocxWriter(restyled).Write(Seed.Tree, Seed.Properties);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var normal = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Normal");
        Assert.Equal("思源宋体", normal.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.DoesNotContain(document.MainDocumentPart.Document.Body!.Descendants<RunFonts>(), _ => true);
    }

    private static byte[] RestyledReference(string normalFont)
    {
        using var stream = new MemoryStream();
        stream.Write(Seed.Templates.ReferenceDocx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var normal = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Normal");
            normal.StyleRunProperties!.RunFonts!.EastAsia = normalFont;
        }
        return stream.ToArray();
    }
}
