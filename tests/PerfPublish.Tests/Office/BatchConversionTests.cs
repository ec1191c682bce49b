using PerfPublish.Office;
using PerfPublish.Tests.Support;
using PerfPublish.Tests.Write.Pdf;
using PerfPublish.Write.Docx;

namespace PerfPublish.Tests.Office;

/// <summary>Many documents through one LibreOffice start: each keeps its own result.</summary>
public class BatchConversionTests
{
    [LibreOfficeFact]
    public void A_document_LibreOffice_cannot_open_is_reported_and_the_others_of_its_batch_still_get_their_PDF()
    {
        var docx = new DocxWriter(Seed.Templates.ReferenceDocx).Write(Seed.Tree, Seed.Properties);
        byte[] broken = [.. "PK\u0003\u0004 not really a zip"u8];
        using var libreOffice = LibreOffice.Find(Path.Combine(Repo.Templates, "pdf-fonts.conf")).LibreOffice!;

        var results = libreOffice.ConvertAllToPdf([docx, broken, docx]);

        Assert.Equal(3, results.Count);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(results[0].Pdf!, 0, 4));
        Assert.Null(results[1].Pdf);
        Assert.False(string.IsNullOrWhiteSpace(results[1].Problem));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(results[2].Pdf!, 0, 4));
    }
}
