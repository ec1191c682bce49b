using System.Text;
using PerfPublish.Write.Pdf;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>Reading destinations and fixing the time stamps on a small PDF laid out the way LibreOffice writes one.</summary>
public class PdfStructureTests
{
    /// <summary>Three pages in a nested page tree; destinations on pages 1 and 3; an Info date and a trailer ID.</summary>
    private static string Sample(string date = "20261125042801", string id = "C0EFDA635A5B6F7A5BD472AAA68C43F3") => $"""
        %PDF-1.6
        1 0 obj
        <</Type/Page/Parent 5 0 R>>
        endobj
        2 0 obj
        <</Type/Page/Parent 6 0 R>>
        endobj
        3 0 obj
        <</Type/Page/Parent 6 0 R>>
        endobj
        5 0 obj
        <</Type/Pages/Kids[ 1 0 R 6 0 R ]/Count 3>>
        endobj
        6 0 obj
        <</Type/Pages/Parent 5 0 R/Kids[ 2 0 R 3 0 R ]/Count 2>>
        endobj
        7 0 obj
        <</5FToc5Fpart5F1[1 0 R/XYZ 268.5 707.589 0]
        /5FToc5Fproject5F3[3 0 R/XYZ 206.5 191.239 0]
        >>
        endobj
        8 0 obj
        <</Type/Catalog/Pages 5 0 R/Dests 7 0 R>>
        endobj
        9 0 obj
        <</Producer<FEFF004C>
        /CreationDate(D:{date}Z')>>
        endobj
        trailer
        <</Size 10/Root 8 0 R/Info 9 0 R
        /ID [ <{id}>
        <{id}> ]
        /DocChecksum /{id}
        >>
        %%EOF
        """;

    [Fact]
    public void Destinations_map_to_pages_in_page_tree_order()
    {
        var pages = PdfDestinations.Read(Encoding.Latin1.GetBytes(Sample()));

        Assert.Equal(2, pages.Count);
        Assert.Equal(1, pages[PdfDestinations.NameOf("_Toc_part_1")]);
        Assert.Equal(3, pages[PdfDestinations.NameOf("_Toc_project_3")]);
    }

    [Fact]
    public void Bookmark_names_are_encoded_as_LibreOffice_writes_destination_names()
    {
        Assert.Equal("5FToc5Fpart5F1", PdfDestinations.NameOf("_Toc_part_1"));
        Assert.Equal("a-Z9", PdfDestinations.NameOf("a-Z9"));
    }

    [Fact]
    public void Time_stamps_become_the_document_date_and_the_id_follows_the_content()
    {
        var date = new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var first = ReproduciblePdf.Normalize(Encoding.Latin1.GetBytes(Sample("20261125042801", "C0EFDA635A5B6F7A5BD472AAA68C43F3")), date);
        var second = ReproduciblePdf.Normalize(Encoding.Latin1.GetBytes(Sample("20270101120000", "0123456789ABCDEF0123456789ABCDEF")), date);
        var other = ReproduciblePdf.Normalize(Encoding.Latin1.GetBytes(Sample().Replace("268.5", "268.6")), date);

        Assert.Equal(first, second);
        Assert.Equal(Sample().Length, first.Length);
        var text = Encoding.Latin1.GetString(first);
        Assert.Contains("/CreationDate(D:20210101000000Z')", text);
        Assert.DoesNotContain("C0EFDA635A5B6F7A5BD472AAA68C43F3", text);
        Assert.NotEqual(IdOf(text), IdOf(Encoding.Latin1.GetString(other)));
    }

    private static string IdOf(string pdf) => pdf[(pdf.IndexOf("/ID [ <", StringComparison.Ordinal) + 7)..][..32];
}
