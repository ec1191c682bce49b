using System.IO.Compression;
using System.Text;

namespace PerfPublish.Tests.Support;

/// <summary>
/// Small documents that link to an address instead of holding what they show, in the formats LibreOffice
/// opens for the build (DOCX) and for import (HTML, flat ODT): each would make it fetch the address.
/// </summary>
public static class LinkingDocuments
{
    public static byte[] Html(string url) => Encoding.UTF8.GetBytes($"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>linked</title><link rel="stylesheet" href="{url}.css"></head>
        <body><p>部门预算绩效目标</p><p><img src="{url}.png" alt="" width="20" height="20"></p>
        <iframe src="{url}.html"></iframe></body></html>
        """);

    /// <summary>A linked picture and a section linked to another document.</summary>
    public static byte[] FlatOdt(string url) => Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
          xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
          xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
         <office:body><office:text>
          <text:p>部门预算绩效目标</text:p>
          <text:p><draw:frame draw:name="picture" text:anchor-type="as-char" svg:width="2cm" svg:height="2cm"><draw:image xlink:href="{url}.png" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>
          <text:section text:name="linked"><text:section-source xlink:href="{url}.odt" xlink:type="simple"/><text:p>cached text of the linked section</text:p></text:section>
         </office:text></office:body>
        </office:document>
        """);

    /// <summary>A DOCX whose one picture is linked (r:link to an external relationship), as Word's "Insert and Link" writes it.</summary>
    public static byte[] Docx(string url)
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """,
            ["_rels/.rels"] = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """,
            ["word/_rels/document.xml.rels"] = $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdPicture" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="{url}.png" TargetMode="External"/></Relationships>
                """,
            ["word/document.xml"] = """
                <?xml version="1.0" encoding="UTF-8"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
                  xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>
                <w:p><w:r><w:t>部门预算绩效目标</w:t></w:r></w:p>
                <w:p><w:r><w:drawing><wp:inline><wp:extent cx="720000" cy="720000"/><wp:docPr id="1" name="linked picture"/>
                <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>
                <pic:nvPicPr><pic:cNvPr id="1" name="linked picture"/><pic:cNvPicPr/></pic:nvPicPr>
                <pic:blipFill><a:blip r:link="rIdPicture"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
                <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="720000" cy="720000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>
                </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
                </w:body></w:document>
                """,
        };
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create))
            foreach (var (name, text) in parts)
                using (var entry = zip.CreateEntry(name).Open())
                    entry.Write(Encoding.UTF8.GetBytes(text));
        return bytes.ToArray();
    }
}
