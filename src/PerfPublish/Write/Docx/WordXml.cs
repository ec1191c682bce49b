using System.Xml;

namespace PerfPublish.Write.Docx;

/// <summary>
/// WordprocessingML written to the document part as it is made, the way the OpenXML SDK serialises the same
/// elements, without building the SDK's element tree first: building and then saving that tree took most of
/// a build's time. The writers put elements and attributes in the schema's order themselves. It counts what
/// each element holds, so a writer can tell an empty cell or a block that wrote nothing.
/// </summary>
internal sealed class WordXml(XmlWriter xml)
{
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly Stack<int> _children = new([0]);

    /// <summary>How many elements the element being written holds so far.</summary>
    public int Children => _children.Peek();

    public void Start(string name)
    {
        _children.Push(_children.Pop() + 1);
        _children.Push(0);
        xml.WriteStartElement("w", name, Main);
    }

    public void End()
    {
        _children.Pop();
        xml.WriteEndElement();
    }

    public void Empty(string name)
    {
        Start(name);
        End();
    }

    public void Empty(string name, string attribute, string value)
    {
        Start(name);
        Attribute(attribute, value);
        End();
    }

    public void Empty(string name, string attribute, string value, string attribute2, string value2)
    {
        Start(name);
        Attribute(attribute, value);
        Attribute(attribute2, value2);
        End();
    }

    public void Attribute(string name, string value) => xml.WriteAttributeString("w", name, Main, value);

    public void RelationshipId(string id) => xml.WriteAttributeString("r", "id", Relationships, id);

    /// <summary>Text kept as it is, spaces and all (xml:space="preserve"), in a w:t or w:instrText.</summary>
    public void Text(string element, string text)
    {
        Start(element);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(text);
        End();
    }

    /// <summary>A run holding one element (w:br, w:tab, a field character) or one text.</summary>
    public void Run(string element, string? attribute = null, string? value = null)
    {
        Start("r");
        if (attribute is null) Empty(element);
        else Empty(element, attribute, value!);
        End();
    }
}
