using System.Text;
using System.Xml.Linq;

namespace PerfPublish.Import;

/// <summary>The text of a paragraph's runs as a reader sees it: tabs and breaks kept, field codes and deleted text left out.</summary>
public static class WordRuns
{
    private static readonly XNamespace W = SafeXml.W;

    /// <summary>A toggle property (w:b, w:bCs) is on when present, unless its value says off.</summary>
    public static bool IsOn(XElement? toggle) =>
        toggle is not null && (string?)toggle.Attribute(W + "val") is null or "1" or "true" or "on";

    /// <summary>The paragraph's runs, not those of a paragraph nested in it (a text box's).</summary>
    public static IEnumerable<XElement> Runs(XElement paragraph) =>
        paragraph.Descendants(W + "r").Where(run => run.Ancestors(W + "p").First() == paragraph);

    public static string Text(XElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var run in Runs(paragraph))
        foreach (var piece in run.Elements())
            text.Append(piece.Name.LocalName switch
            {
                "t" => piece.Value,
                "tab" or "ptab" => "\t",
                "br" or "cr" => "\n",
                "noBreakHyphen" => "-",
                _ => "",
            });
        return text.ToString();
    }

    /// <summary>Bold when every run with text is bold, directly or by the paragraph's style.</summary>
    public static bool Bold(XElement paragraph, bool styleBold)
    {
        var withText = Runs(paragraph).Where(run => run.Elements(W + "t").Any(t => t.Value.Trim(ImportText.Blanks).Length > 0)).ToList();
        return withText.Count > 0 && withText.All(run =>
            run.Element(W + "rPr")?.Element(W + "b") is { } b ? IsOn(b) : styleBold);
    }
}
