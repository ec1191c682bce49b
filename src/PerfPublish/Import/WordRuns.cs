using System.Text;
using System.Xml.Linq;

namespace PerfPublish.Import;

/// <summary>
/// A paragraph's text as a reader sees it, with what is not its own: the prompt of a content control still showing
/// its placeholder, and the text boxes anchored in it (read as paragraphs of their own).
/// </summary>
public sealed record ParagraphText(string Text, string Placeholder, IReadOnlyList<XElement> TextBoxes);

/// <summary>The text of a paragraph's runs as a reader sees it: tabs and breaks kept, field codes and deleted text left out.</summary>
public static class WordRuns
{
    private static readonly XNamespace W = SafeXml.W;

    /// <summary>A toggle property (w:b, w:bCs) is on when present, unless its value says off.</summary>
    public static bool IsOn(XElement? toggle) =>
        toggle is not null && (string?)toggle.Attribute(W + "val") is null or "1" or "true" or "on";

    /// <summary>The paragraph's accepted runs (<see cref="WordContent"/>), not those of a paragraph nested in it (a text box's).</summary>
    public static IEnumerable<Accepted> Runs(XElement paragraph) => WordContent.Of(paragraph, W + "r");

    public static string Text(XElement paragraph) => Read(paragraph).Text;

    public static ParagraphText Read(XElement paragraph, bool placeholder = false)
    {
        StringBuilder text = new(), prompt = new();
        var boxes = new List<XElement>();
        foreach (var run in WordContent.Of(paragraph, W + "r", placeholder))
        {
            var target = run.Placeholder ? prompt : text;
            foreach (var piece in run.Element.Elements())
            {
                target.Append(Piece(piece));
                Mark(piece);
            }
            boxes.AddRange(WordContent.TextBoxes(run.Element));
        }

        return new ParagraphText(ImportText.Visible(text.ToString()), ImportText.Visible(prompt.ToString()), boxes);
    }

    /// <summary>Marks a w:t as read, so that text standing where no reader looks can be found afterwards (<see cref="Unread"/>).</summary>
    private static void Mark(XElement piece)
    {
        if (piece.Name == W + "t" && piece.Annotation<ReadMark>() is null) piece.AddAnnotation(ReadMark.Instance);
    }

    private sealed class ReadMark
    {
        public static readonly ReadMark Instance = new();
    }

    /// <summary>
    /// The w:t elements of <paramref name="body"/> that are accepted text (not deleted, not a move's source, not an
    /// alternative's fallback) but that no reader read: text where Word never puts it (a paragraph inside a run, a table
    /// inside a paragraph), which a damaged or hand-made file may hold.
    /// </summary>
    public static IEnumerable<XElement> Unread(XElement body) =>
        body.Descendants(W + "t").Where(t => t.Annotation<ReadMark>() is null && !t.Ancestors().Any(WordContent.Gone));

    private static string Piece(XElement piece) => piece.Name.LocalName switch
    {
        "t" => piece.Value,
        "tab" or "ptab" => "\t",
        "br" or "cr" => "\n",
        "noBreakHyphen" => "-",
        _ => "",
    };

    /// <summary>Bold when every run with text is bold, directly or by the paragraph's style.</summary>
    public static bool Bold(XElement paragraph, bool styleBold)
    {
        var withText = Runs(paragraph).Where(run => !run.Placeholder && run.Element.Elements(W + "t").Any(t => t.Value.Trim(ImportText.Blanks).Length > 0)).ToList();
        return withText.Count > 0 && withText.All(run =>
            run.Element.Element(W + "rPr")?.Element(W + "b") is { } b ? IsOn(b) : styleBold);
    }
}
