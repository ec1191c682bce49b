using System.Xml.Linq;

namespace PerfPublish.Import;

/// <summary>One element of a container's accepted content, and whether it stands inside a content control showing its placeholder.</summary>
public sealed record Accepted(XElement Element, bool Placeholder);

/// <summary>
/// What a Word container (the body, a table, a row, a cell, a paragraph) holds once its tracked changes are accepted,
/// the way Word shows the document with markup off. Wrappers that change nothing about the text are looked through at
/// any level: content controls (w:sdt), custom XML (w:customXml), smart tags, hyperlinks, simple fields, tracked
/// insertions and move destinations (w:ins, w:moveTo). Deletions and move sources (w:del, w:moveFrom) are left out, so
/// a moved paragraph is read once, where it now stands; so are deleted rows and cells. Of markup-compatibility
/// alternatives (mc:AlternateContent) only the first choice is read: the fallback repeats it for older readers.
/// </summary>
public static class WordContent
{
    private static readonly XNamespace W = SafeXml.W;
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private static readonly HashSet<XName> Transparent =
        [W + "customXml", W + "smartTag", W + "ins", W + "moveTo", W + "hyperlink", W + "fldSimple", W + "dir", W + "bdo"];

    private static readonly HashSet<XName> Removed = [W + "del", W + "moveFrom"];

    /// <summary>The container's child elements as accepted, wrappers looked through.</summary>
    public static IEnumerable<Accepted> Of(XElement container, bool placeholder = false)
    {
        foreach (var child in container.Elements())
        {
            if (Removed.Contains(child.Name) || Deleted(child)) continue;
            if (child.Name == W + "sdt")
            {
                if (child.Element(W + "sdtContent") is { } content)
                    foreach (var inner in Of(content, placeholder || ShowsPlaceholder(child))) yield return inner;
            }
            else if (child.Name == Mc + "AlternateContent")
            {
                if (Choice(child) is { } choice)
                    foreach (var inner in Of(choice, placeholder)) yield return inner;
            }
            else if (Transparent.Contains(child.Name))
            {
                foreach (var inner in Of(child, placeholder)) yield return inner;
            }
            else yield return new Accepted(child, placeholder);
        }
    }

    /// <summary>The accepted children named <paramref name="name"/> (w:p, w:tbl, w:tr, w:tc, w:r).</summary>
    public static IEnumerable<Accepted> Of(XElement container, XName name, bool placeholder = false) =>
        Of(container, placeholder).Where(a => a.Element.Name == name);

    /// <summary>The text boxes (w:txbxContent) anchored in a run: in its drawing or picture, the first choice of each alternative, none nested in another.</summary>
    public static IEnumerable<XElement> TextBoxes(XElement run) =>
        run.Descendants(W + "txbxContent").Where(box =>
            !box.Ancestors().TakeWhile(a => a != run).Any(a => a.Name == W + "txbxContent" || a.Name == Mc + "Fallback" && a.Parent?.Element(Mc + "Choice") is not null));

    /// <summary>A content control showing its placeholder prompt (单击或点击此处输入文字。) rather than what someone typed.</summary>
    public static bool ShowsPlaceholder(XElement sdt) =>
        sdt.Element(W + "sdtPr")?.Element(W + "showingPlcHdr") is { } shown && WordRuns.IsOn(shown);

    /// <summary>An element whose text is not the document's once changes are accepted: a deletion, a move's source, a deleted row or cell, an alternative's fallback.</summary>
    public static bool Gone(XElement element) =>
        Removed.Contains(element.Name) || Deleted(element) || element.Name == Mc + "Fallback" && element.Parent?.Element(Mc + "Choice") is not null;

    /// <summary>A row or cell whose deletion is tracked (w:trPr/w:del, w:tcPr/w:cellDel): gone once changes are accepted.</summary>
    private static bool Deleted(XElement element) =>
        element.Name == W + "tr" && element.Element(W + "trPr")?.Element(W + "del") is not null
        || element.Name == W + "tc" && element.Element(W + "tcPr")?.Element(W + "cellDel") is not null;

    private static XElement? Choice(XElement alternate) =>
        alternate.Elements(Mc + "Choice").FirstOrDefault() ?? alternate.Element(Mc + "Fallback");

    /// <summary>A paragraph whose mark is a tracked deletion: once accepted, it joins the next one; an empty one is simply gone.</summary>
    public static bool MarkDeleted(XElement paragraph) =>
        paragraph.Element(W + "pPr")?.Element(W + "rPr") is { } mark && (mark.Element(W + "del") is not null || mark.Element(W + "moveFrom") is not null);
}
