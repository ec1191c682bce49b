using System.Text;
using System.Xml.Linq;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Fuzz;

/// <summary>
/// Changes a DOCX the way Word files really differ while meaning the same text: one element of word/document.xml (a
/// row, a cell, a paragraph, a table, a run) wrapped in a content control, custom XML or a smart tag; a run made a
/// tracked insertion; a tracked deletion added; a run moved (its old place a move source, its new one a move
/// destination); a paragraph put in a text box (with the fallback Word writes); a small table nested in a cell; an
/// indicator table split where a page would break, its header typed again. Each step is a number: its kind, then which
/// element, so a failing case replays (and FsCheck shrinks it) from its list of numbers.
/// </summary>
public static class WordWrapper
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static readonly XNamespace V = "urn:schemas-microsoft-com:vml";
    private static readonly XNamespace Wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    private static readonly string[] Kinds =
        ["sdt row", "sdt cell", "sdt paragraph", "sdt table", "sdt run", "customXml row", "customXml paragraph", "customXml table",
         "smartTag run", "insertion", "deletion", "move", "text box", "nested table", "page split"];

    public static int KindCount => Kinds.Length;

    /// <summary>The DOCX with each step applied in turn; a step whose kind finds no element changes nothing.</summary>
    public static (byte[] Docx, string Description) Apply(byte[] docx, IReadOnlyList<int> steps)
    {
        var document = XDocument.Parse(SeedDocx.Part(docx, "word/document.xml"), LoadOptions.PreserveWhitespace);
        var body = document.Root!.Element(W + "body")!;
        var done = steps.Select(step => Step(body, step)).ToList();
        var xml = document.Declaration + document.ToString(SaveOptions.DisableFormatting);
        return (SeedDocx.Edit(docx, ("word/document.xml", Encoding.UTF8.GetBytes(xml))), string.Join("; ", done));
    }

    private static string Step(XElement body, int step)
    {
        var kind = Math.Abs(step % Kinds.Length);
        var pick = Math.Abs(step / Kinds.Length);
        return Kinds[kind] + (kind switch
        {
            0 => Wrap(Pick(body.Descendants(W + "tr"), pick), Sdt),
            1 => Wrap(Pick(body.Descendants(W + "tc"), pick), Sdt),
            2 => Wrap(Pick(body.Descendants(W + "p"), pick), Sdt),
            3 => Wrap(Pick(body.Descendants(W + "tbl"), pick), Sdt),
            4 => Wrap(Pick(body.Descendants(W + "r"), pick), Sdt),
            5 => Wrap(Pick(body.Descendants(W + "tr"), pick), e => new XElement(W + "customXml", new XAttribute(W + "element", "row"), e)),
            6 => Wrap(Pick(body.Descendants(W + "p"), pick), e => new XElement(W + "customXml", new XAttribute(W + "element", "p"), e)),
            7 => Wrap(Pick(body.Descendants(W + "tbl"), pick), e => new XElement(W + "customXml", new XAttribute(W + "element", "form"), e)),
            8 => Wrap(Pick(body.Descendants(W + "r"), pick), e => new XElement(W + "smartTag", new XAttribute(W + "element", "chsdate"), e)),
            9 => Wrap(Pick(TextRuns(body), pick), e => new XElement(W + "ins", Tracked(1), e)),
            10 => Delete(Pick(body.Descendants(W + "p"), pick)),
            11 => Move(body, pick),
            12 => TextBox(Pick(body.Elements(W + "p").Where(p => p.Descendants(W + "t").Any()), pick)),
            13 => Nest(Pick(body.Descendants(W + "tc").Where(tc => !tc.Descendants(W + "tbl").Any()), pick)),
            _ => Split(body, pick),
        });
    }

    private static XElement? Pick(IEnumerable<XElement> candidates, int pick)
    {
        // Only elements still where a reader looks for them: never inside something removed or already a text box.
        var list = candidates.Where(e => !e.Ancestors().Any(a => a.Name == W + "del" || a.Name == W + "moveFrom" || a.Name.Namespace == Mc || a.Name == W + "sdtPr")).ToList();
        return list.Count == 0 ? null : list[pick % list.Count];
    }

    private static IEnumerable<XElement> TextRuns(XElement body) => body.Descendants(W + "r").Where(r => r.Elements(W + "t").Any());

    private static string Wrap(XElement? element, Func<XElement, XElement> wrapper)
    {
        if (element is null) return " (none)";
        var copy = new XElement(element);
        element.ReplaceWith(wrapper(copy));
        return $" at {Describe(copy)}";
    }

    private static XElement Sdt(XElement content) =>
        new(W + "sdt", new XElement(W + "sdtPr", new XElement(W + "id", new XAttribute(W + "val", "7"))), new XElement(W + "sdtContent", content));

    private static XAttribute[] Tracked(int id) => [new(W + "id", id), new(W + "author", "fuzz"), new(W + "date", "2021-01-01T00:00:00Z")];

    private static string Delete(XElement? paragraph)
    {
        if (paragraph is null) return " (none)";
        paragraph.Add(new XElement(W + "del", Tracked(2), new XElement(W + "r", new XElement(W + "delText", "删去的文字"))));
        return $" in {Describe(paragraph)}";
    }

    /// <summary>A run moved to the end of another paragraph: a move source where it was, a move destination where it is.</summary>
    private static string Move(XElement body, int pick)
    {
        var run = Pick(TextRuns(body).Where(r => r.Parent?.Name == W + "p"), pick);
        var target = Pick(body.Descendants(W + "p").Where(p => p != run?.Parent), pick / 7 + 1);
        if (run is null || target is null) return " (none)";
        var copy = new XElement(run);
        run.ReplaceWith(new XElement(W + "moveFrom", Tracked(3), copy));
        target.Add(new XElement(W + "moveTo", Tracked(4), new XElement(copy)));
        return $" {Describe(copy)}";
    }

    /// <summary>A body paragraph moved into a text box anchored where it was: the choice a drawing, the fallback VML, both holding it.</summary>
    private static string TextBox(XElement? paragraph)
    {
        if (paragraph is null) return " (none)";
        var box = new XElement(W + "txbxContent", new XElement(paragraph));
        var anchor = new XElement(W + "p", new XElement(W + "r", new XElement(Mc + "AlternateContent",
            new XElement(Mc + "Choice", new XAttribute("Requires", "wps"), new XElement(W + "drawing", new XElement(Wps + "wsp", new XElement(Wps + "txbx", box)))),
            new XElement(Mc + "Fallback", new XElement(W + "pict", new XElement(V + "shape", new XElement(V + "textbox", new XElement(box))))))));
        paragraph.ReplaceWith(anchor);
        return $" {Describe(paragraph)}";
    }

    private static string Nest(XElement? cell)
    {
        if (cell is null) return " (none)";
        XElement Cell(string text) => new(W + "tc", new XElement(W + "p", new XElement(W + "r", new XElement(W + "t", text))));
        cell.Add(new XElement(W + "tbl", new XElement(W + "tblGrid", new XElement(W + "gridCol"), new XElement(W + "gridCol")),
            new XElement(W + "tr", Cell("嵌套表"), Cell("第一行")), new XElement(W + "tr", Cell("2"), Cell("第二行"))), new XElement(W + "p"));
        return $" in {Describe(cell)}";
    }

    /// <summary>An indicator table cut after one of its rows, the second part opening with the header row typed again.</summary>
    private static string Split(XElement body, int pick)
    {
        var table = Pick(body.Elements(W + "tbl").Where(t => t.Elements(W + "tr").Count() > 2 && HeaderRow(t) is not null), pick);
        if (table is null) return " (none)";
        var header = HeaderRow(table)!;
        var rows = table.Elements(W + "tr").SkipWhile(r => r != header).Skip(1).ToList();
        if (rows.Count < 2) return " (none)";
        var cut = rows[1 + pick % (rows.Count - 1)];
        var rest = cut.ElementsAfterSelf(W + "tr").Prepend(cut).ToList();
        // Only between rows where no vertical merge runs on: Word restarts a merge on the next page anyway.
        if (cut.Descendants(W + "vMerge").Any(m => (string?)m.Attribute(W + "val") != "restart")) return " (none: a merge runs on)";
        foreach (var row in rest) row.Remove();
        var second = new XElement(W + "tbl", table.Element(W + "tblPr") is { } properties ? new XElement(properties) : null,
            table.Element(W + "tblGrid") is { } grid ? new XElement(grid) : null, new XElement(header), rest);
        table.AddAfterSelf(new XElement(W + "p", new XElement(W + "r", new XElement(W + "br", new XAttribute(W + "type", "page")))), second);
        return $" before {Describe(cut)}";
    }

    private static XElement? HeaderRow(XElement table) =>
        table.Elements(W + "tr").FirstOrDefault(r => string.Concat(r.Descendants(W + "t").Select(t => t.Value)) is var text && text.Contains("一级指标") && text.Contains("三级指标"));

    private static string Describe(XElement element)
    {
        var text = string.Concat(element.Descendants(W + "t").Select(t => t.Value));
        return $"<{element.Name.LocalName}> '{(text.Length <= 20 ? text : text[..20] + "…")}'";
    }
}
