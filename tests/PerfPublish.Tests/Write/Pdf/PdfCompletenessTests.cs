using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>
/// Nothing is lost between the document and its PDF: every piece of the DOCX's text (each paragraph
/// and table cell, whole, in order; white space aside) is in the PDF's text, and so is every cell of
/// the seed's text export. LibreOffice used to drop line-end punctuation (、，。；：！？) that it let
/// hang into the margin of a justified line; the line-end fixture puts every such mark there.
/// </summary>
public class PdfCompletenessTests(RenderedSeed seed) : IClassFixture<RenderedSeed>
{
    private static string LineEndFixture => Path.Combine(Repo.Fixtures, "line-end-punctuation");

    /// <summary>Every publication under content/ (so new example publications join by themselves) and the line-end fixture.</summary>
    public static TheoryData<string> Publications => new(
        Directory.GetDirectories(Repo.Content)
            .Where(folder => File.Exists(Path.Combine(folder, "publication.yaml")))
            .Select(folder => Path.GetRelativePath(Repo.Root, folder).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Append(Path.GetRelativePath(Repo.Root, LineEndFixture).Replace('\\', '/')));

    [LibreOfficeFact]
    public void The_seed_pdf_holds_all_261_text_cells_of_the_seed_in_order()
    {
        var cells = SeedCells.InOrder();
        var places = LaidOutText.Read(seed.PdfPath).Place(cells);
        var missing = cells.Where((_, i) => places[i] is null).ToList();

        Assert.Equal(261, cells.Count);
        Assert.True(missing.Count == 0,
            $"{cells.Count - missing.Count} of {cells.Count} seed cells are in the PDF; not found in order: {string.Join(" | ", missing)}");
    }

    [LibreOfficeTheory]
    [MemberData(nameof(Publications))]
    public void Every_character_of_the_document_text_reaches_the_pdf_in_order(string publication)
    {
        using var rendered = RenderedPublication.Of(Path.Combine(Repo.Root, publication), Repo.Templates);

        Assert.Empty(RenderedPublication.TextLostOnTheWay(rendered.Docx, rendered.PdfPath));
    }

    [LibreOfficeFact]
    public void With_libreoffice_hanging_punctuation_back_on_the_check_finds_every_lost_mark()
    {
        // reference.docx as it was before the fix: no overflowPunct default, so LibreOffice lets
        // line-end punctuation hang and does not draw it. The fixture must make the check fail.
        using var templates = TempTemplates.CopyOf(Repo.Templates);
        templates.EditReferenceDocx(document => document.MainDocumentPart!.StyleDefinitionsPart!.Styles!
            .Descendants<OverflowPunctuation>().ToList().ForEach(element => element.Remove()));
        using var rendered = RenderedPublication.Of(LineEndFixture, templates.Path);

        var lost = RenderedPublication.TextLostOnTheWay(rendered.Docx, rendered.PdfPath);

        Assert.All("、，。；：！？", mark => Assert.Contains(lost, piece => piece.Contains(mark)));
    }
}
