using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>The seed's PDF and numbered DOCX, read back as a reviewer would: pdftotext, pdffonts, the outline.</summary>
public partial class PdfOutputTests(RenderedSeed seed) : IClassFixture<RenderedSeed>
{
    /// <summary>Parts (h2), sections and project tables (h3): the levels the TOC lists.</summary>
    private static IEnumerable<string> TocTitles => Seed.Tree.Headings.Where(h => h.Level <= 3).Select(h => h.PlainText);

    [LibreOfficeFact]
    public void The_build_writes_a_pdf_next_to_the_docx_without_warnings_or_notices()
    {
        Assert.True(seed.Result.Succeeded);
        Assert.Empty(seed.Result.Diagnostics);
        // Only where LibreOffice cannot be given a network of its own does the build say something (that it could not).
        Assert.Equal(PerfPublish.Office.NetworkIsolation.Current.Notice is { } notice ? [notice] : [], seed.Result.Notices);
        Assert.Contains(seed.Result.WrittenFiles, f => f.EndsWith("publication.pdf", StringComparison.Ordinal));
        Assert.Contains("publication.pdf", File.ReadAllText(Path.Combine(seed.Folder, "index.html")));
    }

    [LibreOfficeFact]
    public void The_toc_lists_every_heading_and_project_table_with_the_page_it_stands_on()
    {
        var toc = TocEntries(PdfTools.PageText(seed.PdfPath, 2));
        var pages = Enumerable.Range(1, PdfTools.PageCount(seed.PdfPath))
            .Select(n => PdfTools.Squeeze(PdfTools.PageText(seed.PdfPath, n))).ToList();

        Assert.Equal(TocTitles.Select(PdfTools.Squeeze), toc.Select(e => e.Title));
        foreach (var (title, page) in toc)
        {
            // The first page after the TOC that shows the title is the one the TOC names, and its
            // footer carries that number.
            var firstShown = pages.FindIndex(2, text => text.Contains(title, StringComparison.Ordinal)) + 1;
            Assert.True(firstShown == page, $"TOC says {title} is on page {page}, the PDF shows it first on page {firstShown}");
            Assert.Contains($"—{page}—", pages[page - 1]);
        }
    }

    [LibreOfficeFact]
    public void The_title_page_and_the_toc_each_have_a_page_of_their_own()
    {
        var titlePage = PdfTools.Squeeze(PdfTools.PageText(seed.PdfPath, 1));
        var tocPage = PdfTools.Squeeze(PdfTools.PageText(seed.PdfPath, 2));

        var title = Seed.Tree.Blocks.OfType<PerfPublish.Model.TitlePage>().Single();
        Assert.Equal(PdfTools.Squeeze(title.PlainTitle + string.Concat(title.Lines)), titlePage);
        Assert.StartsWith("目录", tocPage);
        Assert.DoesNotContain("—1—", titlePage);
        Assert.DoesNotContain("我部门", tocPage);
    }

    [LibreOfficeFact]
    public void A_project_table_starts_on_the_page_of_its_title_and_unit_line()
    {
        var toc = TocEntries(PdfTools.PageText(seed.PdfPath, 2));
        foreach (var project in Seed.Publication.Projects)
        {
            var (title, page) = toc.Single(e => e.Title.EndsWith(PdfTools.Squeeze(project.Name) + "绩效目标表", StringComparison.Ordinal));
            var text = PdfTools.Squeeze(PdfTools.PageText(seed.PdfPath, page));
            var after = text[text.IndexOf(title, StringComparison.Ordinal)..];
            Assert.Contains("单位：万元", after);
            Assert.Contains(project.Code, after);
        }
    }

    [LibreOfficeFact]
    public void Headings_are_pdf_bookmarks()
    {
        var bookmarks = PdfTools.BookmarkTitles(seed.Pdf).Select(PdfTools.Squeeze).ToList();

        Assert.All(TocTitles.Select(PdfTools.Squeeze), title => Assert.Contains(title, bookmarks));
    }

    [LibreOfficeFact]
    public void Every_font_is_embedded_and_the_cjk_text_is_in_cjk_fonts()
    {
        var fonts = PdfTools.Fonts(seed.PdfPath);

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font.Embedded, $"{font.Name} is not embedded"));
        // 仿宋 → FandolFang where install-pdf put the Fandol fonts, else Noto Serif CJK; 黑体 → FandolHei or Noto Sans CJK.
        Assert.Contains(fonts, f => f.Name.Contains("FandolFang", StringComparison.Ordinal) || f.Name.Contains("SerifCJK", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.Contains("FandolHei", StringComparison.Ordinal) || f.Name.Contains("SansCJK", StringComparison.Ordinal));
    }

    [FandolFact]
    public void With_the_fandol_fonts_every_official_face_is_replaced_by_its_own_kind()
    {
        var fonts = PdfTools.Fonts(seed.PdfPath).Select(f => f.Name.Split('+')[^1]).ToList();

        Assert.Contains("FandolFang-Regular", fonts);  // 仿宋_GB2312: body and tables
        Assert.Contains("FandolHei-Regular", fonts);   // 黑体: 一、 headings
        Assert.Contains("FandolKai-Regular", fonts);   // 楷体_GB2312: （一） headings, subtitle
        Assert.Contains("FandolSong-Bold", fonts);     // 方正小标宋简体: the title
        Assert.DoesNotContain(fonts, f => f.Contains("CJK", StringComparison.Ordinal));  // no Noto fallback left
    }

    [FandolFact]
    public void The_title_sets_its_year_in_the_same_face_as_its_chinese()
    {
        // pdftohtml starts a new text run where the font changes: a year set in Times New Roman beside the
        // 小标宋 title (a lighter weight) would be a run of its own.
        var title = PdfTools.TextLinesWithFonts(seed.PdfPath).First(line => line.Text.Contains("年部门预算绩效目标", StringComparison.Ordinal));

        Assert.Equal("FandolSong", title.Font);
        Assert.Contains("2021", title.Text);
    }

    [FandolFact]
    public void With_the_fandol_fonts_the_body_is_set_in_a_fangsong_face()
    {
        var body = Seed.Tree.Blocks.OfType<PerfPublish.Model.Paragraph>().Select(p => PdfTools.Squeeze(PerfPublish.Model.Inline.PlainText(p.Content))).ToList();
        var lines = PdfTools.TextLinesWithFonts(seed.PdfPath)
            .Where(line => PdfTools.Squeeze(line.Text).Length >= 4 && body.Any(paragraph => paragraph.Contains(PdfTools.Squeeze(line.Text), StringComparison.Ordinal)))
            .ToList();

        Assert.True(lines.Count >= 30, $"found only {lines.Count} lines of the body's paragraphs in the PDF");
        Assert.All(lines, line => Assert.True(line.Font.Contains("Fang", StringComparison.Ordinal), $"'{line.Text}' is set in {line.Font}, not a FangSong"));
    }

    [LibreOfficeFact]
    public void The_docx_carries_the_toc_page_numbers_and_does_not_ask_word_to_update_fields()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(seed.Docx), false);
        var toc = TocEntries(PdfTools.PageText(seed.PdfPath, 2)).Select(e => e.Page.ToString()).ToList();

        var numbers = document.MainDocumentPart!.Document.Body!.Descendants<Hyperlink>()
            .Where(link => link.Descendants<FieldCode>().Any(code => code.Text.Contains("PAGEREF")))
            .Select(link => string.Concat(link.Descendants<Text>().Skip(1).Select(t => t.Text)))
            .ToList();

        Assert.Equal(toc, numbers);
        Assert.Null(document.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>());
    }

    [LibreOfficeFact]
    public void Building_again_gives_byte_identical_docx_and_pdf()
    {
        using var again = TempContent.CopyOf(Repo.SeedPublication);
        Assert.True(Pipeline.Build(new BuildOptions(again.Content, Repo.Templates, again.Output)).Succeeded);
        var folder = Path.Combine(again.Output, "site", "publication");

        Assert.Equal(seed.Docx, File.ReadAllBytes(Path.Combine(folder, "publication.docx")));
        Assert.Equal(seed.Pdf, File.ReadAllBytes(Path.Combine(folder, "publication.pdf")));
    }

    /// <summary>The TOC page's entries: "title……page" lines, white space removed.</summary>
    private static List<(string Title, int Page)> TocEntries(string tocPage) =>
        tocPage.Split('\n').Select(PdfTools.Squeeze)
            .Select(line => TocLine().Match(line)).Where(m => m.Success)
            .Select(m => (m.Groups["title"].Value, int.Parse(m.Groups["page"].Value)))
            .ToList();

    [GeneratedRegex(@"^(?<title>.+?)\.{3,}(?<page>\d+)$")]
    private static partial Regex TocLine();
}
