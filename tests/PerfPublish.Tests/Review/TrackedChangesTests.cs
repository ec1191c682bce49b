using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Publishing;
using PerfPublish.Review;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Review;

/// <summary>
/// The Word file with tracked revisions, made from two built documents: it validates, Accept All gives the new
/// document's text and Reject All the old one's (read by <see cref="RevisionReader"/>), for changes inside a
/// paragraph, inside a table cell, at a cell's end, and whole tables and headings that come and go.
/// </summary>
public class TrackedChangesTests
{
    private static readonly Revision Revision = new(Revision.Tool, new DateTimeOffset(2021, 3, 1, 10, 0, 0, TimeSpan.FromHours(8)));

    private static byte[] Docx(TempContent content)
    {
        var result = Pipeline.Render(new BuildOptions(content.Content, Repo.Templates, content.Output) { RenderPdf = false });
        Assert.True(result.Files is not null, string.Join("\n", result.Diagnostics));
        return result.Files["publication/publication.docx"];
    }

    private static void AssertRevisions(byte[] oldDocx, byte[] newDocx, byte[] tracked)
    {
        using (var document = WordprocessingDocument.Open(new MemoryStream(tracked), false))
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal(DocxText.Of(newDocx), RevisionReader.Accepted(tracked));
        Assert.Equal(DocxText.Of(oldDocx), RevisionReader.Rejected(tracked));
    }

    [Fact]
    public void A_goal_added_at_a_cells_end_a_project_removed_and_a_paragraph_edited_accept_to_new_and_reject_to_old()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        var oldDocx = Docx(content);
        content.Replace("projects/02-review-fees.yaml", "  - 提高采购资金节约率\n", "  - 提高采购资金节约率\n  - 按时公开采购结果。\n");
        File.Delete(Path.Combine(content.Path, "projects", "03-personnel-agency.yaml"));
        var safeguards = File.ReadAllText(Path.Combine(content.Path, "safeguards.md"));
        content.Write("safeguards.md", safeguards.Replace("。", "，并接受社会监督。", StringComparison.Ordinal));
        var newDocx = Docx(content);

        var tracked = TrackedChanges.Between(oldDocx, newDocx, Revision);

        AssertRevisions(oldDocx, newDocx, tracked);
        using var document = WordprocessingDocument.Open(new MemoryStream(tracked), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains(body.Descendants<TableRow>(), r => r.TableRowProperties?.GetFirstChild<Deleted>() is not null);
        Assert.Contains(body.Descendants<InsertedRun>(), r => r.InnerText == "3.按时公开采购结果。");
        Assert.All(body.Descendants<InsertedRun>(), r => Assert.Equal("PerfPublish", r.Author?.Value));
        Assert.Null(document.MainDocumentPart.DocumentSettingsPart?.Settings?.GetFirstChild<UpdateFieldsOnOpen>());
    }

    [Fact]
    public void A_project_added_before_the_others_and_a_goal_removed_from_a_cells_end_read_right_both_ways()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        var oldDocx = Docx(content);
        content.Replace("projects/02-review-fees.yaml", "  - 提高采购资金节约率\n", "");
        var first = File.ReadAllText(Path.Combine(content.Path, "projects", "01-land-exchange-center.yaml"));
        File.Move(Path.Combine(content.Path, "projects", "01-land-exchange-center.yaml"), Path.Combine(content.Path, "projects", "04-land-exchange-center.yaml"));
        content.Write("projects/01-archives.yaml", first.Replace("code: 13030421K8U6FQHZNYVC1", "code: 13030421K8U6FQHZNYVC5").Replace("name: 国有土地交易中心运行费用", "name: 档案数字化"));
        var newDocx = Docx(content);

        AssertRevisions(oldDocx, newDocx, TrackedChanges.Between(oldDocx, newDocx, Revision));
    }

    [Fact]
    public void Two_equal_documents_give_a_file_without_revisions()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        var docx = Docx(content);

        var tracked = TrackedChanges.Between(docx, docx, Revision);

        using var document = WordprocessingDocument.Open(new MemoryStream(tracked), false);
        Assert.DoesNotContain(document.MainDocumentPart!.Document.Body!.Descendants(), e => e is InsertedRun or DeletedRun or Inserted or Deleted);
        Assert.Equal(DocxText.Of(docx), DocxText.Of(tracked));
    }
}
