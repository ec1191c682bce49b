using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Write.Docx;

/// <summary>
/// What every document takes from reference.docx, read once per writer: the page's type area, the Unit Line
/// style's em, the namespaces its document root declares and its section properties (page size, margins,
/// footers), both as the OpenXML SDK writes them.
/// </summary>
internal sealed record ReferenceLayout(TypeArea Area, int UnitLineEm, IReadOnlyList<(string Prefix, string Uri)> RootNamespaces, string SectionXml)
{
    public static ReferenceLayout Of(byte[] referenceDocx)
    {
        using var stream = new MemoryStream();
        stream.Write(referenceDocx);
        using var document = WordprocessingDocument.Open(stream, isEditable: true);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("reference.docx has no main document part");
        var body = main.Document.Body ?? throw new InvalidDataException("reference.docx has no body");
        var section = body.Elements<SectionProperties>().LastOrDefault()?.CloneNode(true) as SectionProperties ?? new SectionProperties();
        body.RemoveAllChildren();
        body.Append(section);
        // The root and the section as the SDK serialises them (the namespaces it declares, in its order).
        var serialized = main.Document.OuterXml;
        var sectionXml = serialized[serialized.IndexOf("<w:sectPr", StringComparison.Ordinal)..serialized.LastIndexOf("</w:body>", StringComparison.Ordinal)];
        return new ReferenceLayout(TypeArea.Of(section), DocxSignOff.EmOf(main), DeclaredOnRoot(serialized), sectionXml);
    }

    private static List<(string, string)> DeclaredOnRoot(string documentXml)
    {
        using var reader = XmlReader.Create(new StringReader(documentXml));
        reader.MoveToContent();
        var namespaces = new List<(string, string)>();
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
            if (reader.Prefix == "xmlns") namespaces.Add((reader.LocalName, reader.Value));
        return namespaces;
    }
}
