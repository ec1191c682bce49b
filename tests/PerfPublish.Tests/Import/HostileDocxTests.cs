using System.IO.Compression;
using System.Text;
using PerfPublish.Diagnostics;
using PerfPublish.Import;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Import;

/// <summary>
/// A Word file is untrusted input. Each hostile file below is the seed DOCX with one named mutation (or
/// made from nothing where there is no DOCX to start from); each is refused or its part ignored with a
/// diagnostic, never an exception, and nothing is written but the imported folder.
/// </summary>
public class HostileDocxTests
{
    private const string ContentTypes = "[Content_Types].xml";

    private static ImportResult Import(ImportRun run, byte[] file, out IReadOnlyList<string> written)
    {
        var result = run.Import(file);
        written = run.FilesWritten();
        Assert.All(written, f => Assert.StartsWith("out/publication/", f));
        Assert.All(result.Diagnostics, d => Assert.Matches(@"(^|/)input\.\w+\([^)]+\): (error|warning) PP\d{4}: [^\n]+$", d.ToString()));
        return result;
    }

    private static void AssertRefused(byte[] file, params string[] codes)
    {
        using var run = new ImportRun();
        var result = Import(run, file, out var written);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && codes.Contains(d.Code));
        Assert.Empty(written);
    }

    private static ImportResult AssertImportedWithWarning(byte[] file, string code)
    {
        using var run = new ImportRun();
        var result = Import(run, file, out var written);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Code == code);
        Assert.Contains("out/publication/publication.yaml", written);
        return result;
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused() => AssertRefused(Encoding.UTF8.GetBytes("这不是 Word 文件"), Codes.ImportNotWord);

    [Fact]
    public void A_truncated_docx_is_refused() => AssertRefused(SeedDocx.Bytes[..(SeedDocx.Bytes.Length / 2)], Codes.ImportNotWord);

    [Fact]
    public void A_zip_without_a_word_body_is_refused() => AssertRefused(SeedDocx.With(("word/document.xml", null)), Codes.ImportNotWord);

    [Fact]
    public void A_zip_bomb_part_is_refused_by_its_ratio()
    {
        // Mutation: a 20 MB part of zeros (compresses about 1000:1).
        AssertRefused(SeedDocx.WithBytes(("word/media/bomb.bin", new byte[20 * 1024 * 1024])), Codes.ImportTooLarge);
    }

    [Fact]
    public void A_zip_with_thousands_of_entries_is_refused()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            for (var i = 0; i < 3000; i++) zip.CreateEntry($"word/x{i}.xml");
        AssertRefused(output.ToArray(), Codes.ImportTooLarge);
    }

    [Fact]
    public void A_part_that_unpacks_to_more_than_it_declares_is_refused()
    {
        // Mutation: document.xml's uncompressed size in the central directory lowered to 100 bytes. .NET's zip
        // reader itself stops at the declared size, so the part arrives cut short: refused as damaged XML
        // (PP0605), or as too large (PP0602) where a reader hands over more than declared.
        var bytes = SeedDocx.Bytes.ToArray();
        var central = LastIndexOf(bytes, [0x50, 0x4B, 0x01, 0x02], "word/document.xml");
        BitConverter.GetBytes(100u).CopyTo(bytes, central + 24);
        AssertRefused(bytes, Codes.ImportTooLarge, Codes.ImportXml);
    }

    [Fact]
    public void An_xml_external_entity_is_refused_and_never_resolved()
    {
        // Mutation: a DTD declaring an external entity pointing at a local file and one at a URL, used in the body.
        var secret = Path.Combine(Path.GetTempPath(), "perfpublish-xxe-secret.txt");
        var docx = SeedDocx.WithDocument(xml => xml.Replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                $"<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file://{secret}\"><!ENTITY remote SYSTEM \"http://127.0.0.1:9/x\">]>")
            .Replace(">我部门负责", ">&secret;&remote;我部门负责"));
        AssertRefused(docx, Codes.ImportXml);
    }

    [Fact]
    public void An_entity_expansion_bomb_is_refused()
    {
        var lol = "<!DOCTYPE lolz [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        AssertRefused(SeedDocx.WithDocument(xml => xml.Replace("?>", "?>" + lol).Replace(">我部门负责", ">&c;我部门负责")), Codes.ImportXml);
    }

    [Fact]
    public void Malformed_xml_is_refused_with_its_part() => AssertRefused(SeedDocx.WithDocument(xml => xml[..(xml.Length / 2)]), Codes.ImportXml);

    [Fact]
    public void External_and_absolute_relationship_targets_are_reported_and_never_followed()
    {
        // Mutation: relationships to a remote template, a UNC path and a file outside the package.
        var rels = SeedDocx.Part(SeedDocx.Bytes, "word/_rels/document.xml.rels").Replace("</Relationships>",
            "<Relationship Id=\"rX1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"http://127.0.0.1:9/t.dotm\" TargetMode=\"External\"/>" +
            "<Relationship Id=\"rX2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"\\\\server\\share\\a.png\" TargetMode=\"External\"/>" +
            "<Relationship Id=\"rX3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"../../../../etc/passwd\"/></Relationships>");
        var result = AssertImportedWithWarning(SeedDocx.With(("word/_rels/document.xml.rels", rels)), Codes.ImportIgnored);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("127.0.0.1") && d.Message.Contains("3"));
    }

    [Fact]
    public void Macros_are_ignored_with_a_warning()
    {
        // Mutation: a .docm: the macro-enabled main content type and a vbaProject.bin part.
        var types = SeedDocx.Part(SeedDocx.Bytes, ContentTypes).Replace("wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml");
        AssertImportedWithWarning(SeedDocx.WithBytes((ContentTypes, Encoding.UTF8.GetBytes(types)), ("word/vbaProject.bin", [1, 2, 3])), Codes.ImportIgnored);
    }

    [Fact]
    public void Embedded_objects_are_ignored_with_a_warning()
    {
        // Mutation: an embedded workbook part and a w:object in the first paragraph of 第一部分.
        var docx = SeedDocx.WithBytes(("word/embeddings/Microsoft_Excel_Worksheet.xlsx", [0x50, 0x4B, 5, 6]),
            ("word/document.xml", Encoding.UTF8.GetBytes(SeedDocx.DocumentXml.Replace("<w:r><w:t xml:space=\"preserve\">我部门负责", "<w:r><w:object /></w:r><w:r><w:t xml:space=\"preserve\">我部门负责"))));
        var result = AssertImportedWithWarning(docx, Codes.ImportIgnored);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == Codes.ImportIgnored));
    }

    [Fact]
    public void An_encrypted_file_is_refused() =>
        // An Office-encrypted .docx is a compound file with an EncryptionInfo stream (made here: header and the stream's name).
        AssertRefused([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[64]], Codes.ImportEncrypted);

    [Fact]
    public void An_old_doc_without_libreoffice_names_install_pdf()
    {
        using var run = new ImportRun { Extension = ".doc" };
        var result = run.Import([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]], pathVariable: "");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.ImportConvert, error.Code);
        Assert.Contains("dotnet pwsh build.ps1 install-pdf", error.Message);
        Assert.Empty(run.FilesWritten());
    }

    private static int LastIndexOf(byte[] bytes, byte[] signature, string name)
    {
        var encoded = Encoding.UTF8.GetBytes(name);
        for (var i = bytes.Length - signature.Length; i >= 0; i--)
            if (bytes.AsSpan(i).StartsWith(signature) && bytes.AsSpan(i + 46).StartsWith(encoded)) return i;
        throw new InvalidOperationException($"no central directory entry for {name}");
    }
}
