using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Model;

namespace PerfPublish.Write.Docx;

/// <summary>
/// Writes the document tree into a copy of templates/reference.docx: its styles, page setup, headers
/// and footers are kept, its sample body is replaced by the publication. The body is written as a stream
/// (WordXml) into the document part; the OpenXML SDK keeps the package, its relationships and properties.
/// </summary>
public sealed class DocxWriter(byte[] referenceDocx)
{
    private readonly ReferenceLayout _layout = ReferenceLayout.Of(referenceDocx);

    /// <param name="pages">
    /// The TOC's page numbers from a layout (Write/Pdf). Without them the TOC has its entries but no
    /// numbers, and the file asks Word to update its fields on open, which fills them in.
    /// </param>
    public byte[] Write(DocumentTree tree, DocumentProperties properties, PageNumbers? pages = null) => Write(tree, properties, pages, tocField: true);

    /// <summary>
    /// The document for LibreOffice to lay out and print (Write/Pdf): the TOC's entries without the TOC field
    /// around them, so LibreOffice prints each PAGEREF's page from the very layout it prints, and one layout
    /// gives both the PDF and, from its destinations, the numbers <see cref="Write(DocumentTree, DocumentProperties, PageNumbers?)"/>
    /// puts in the DOCX. Otherwise the same document.
    /// </summary>
    public byte[] WriteForLayout(DocumentTree tree, DocumentProperties properties) => Write(tree, properties, null, tocField: false);

    private byte[] Write(DocumentTree tree, DocumentProperties properties, PageNumbers? pages, bool tocField)
    {
        using var stream = new MemoryStream();
        stream.Write(referenceDocx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            WriteDocumentPart(main, tree, pages, tocField);
            SetProperties(document, properties);
            if (pages is null && tocField) AskWordToUpdateFields(main);
        }

        return DeterministicZip.Normalize(stream.ToArray());
    }

    /// <summary>The root as the reference declares it, the body's blocks, and the reference's own section properties last.</summary>
    private void WriteDocumentPart(MainDocumentPart main, DocumentTree tree, PageNumbers? pages, bool tocField)
    {
        using var part = main.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(part, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("w", "document", WordXml.Main);
        foreach (var (prefix, uri) in _layout.RootNamespaces) xml.WriteAttributeString("xmlns", prefix, null, uri);
        xml.WriteStartElement("w", "body", WordXml.Main);
        var words = new WordXml(xml);
        new DocxBlocks(words, main, tree, _layout, pages, tocField).WriteBody(tree.Blocks);
        xml.WriteRaw(_layout.SectionXml);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>
    /// w:updateFields makes Word refresh the TOC's page numbers when it opens the file (after asking).
    /// Only for a TOC without numbers: filled-in numbers are right as they are, and no prompt is better.
    /// </summary>
    private static void AskWordToUpdateFields(MainDocumentPart main)
    {
        var settingsPart = main.DocumentSettingsPart ?? main.AddNewPart<DocumentSettingsPart>("rIdSettings");
        settingsPart.Settings ??= new Settings();
        var settings = settingsPart.Settings;
        settings.RemoveAllChildren<UpdateFieldsOnOpen>();
        // AddChild puts it where the schema wants it among the reference document's settings.
        settings.AddChild(new UpdateFieldsOnOpen { Val = true }, throwOnError: true);
    }

    private static void SetProperties(WordprocessingDocument document, DocumentProperties properties)
    {
        var package = document.PackageProperties;
        package.Title = properties.Title;
        package.Creator = properties.Author;
        package.LastModifiedBy = properties.Author;
        package.Language = "zh-CN";
        package.Created = properties.Date;
        package.Modified = properties.Date;
    }
}
