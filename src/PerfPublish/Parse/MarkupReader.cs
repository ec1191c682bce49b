using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using PerfPublish.Model;

namespace PerfPublish.Parse;

/// <summary>
/// Reads markup that keeps to the subset plainly straight from AngleSharp's tokens into the tree, without
/// building an HTML document first: every element closed where it opened, nothing an HTML parser would have to
/// repair, only the elements, attributes and classes the subset gives each place. That is what the templates
/// compose. Anything else (a missing end tag, a comment, a tokenizer error, a stray word, an element outside the
/// subset) gives null, and <see cref="MarkupParser"/> reads the markup as a browser would and says what is wrong
/// and where; so the tree is the same either way, which the tests check over mutated markup.
/// </summary>
public sealed class MarkupReader
{
    private static readonly string[] Inline = ["br", "strong", "em", "a"];
    private const string ClassSeparators = " \t\n\f\r";   // ASCII white space, as HTML splits a class list
    private readonly HtmlTokenizer _tokens;
    private bool _inLink;

    private MarkupReader(string markup)
    {
        _tokens = new HtmlTokenizer(new TextSource(markup), HtmlEntityProvider.Resolver);
        _tokens.Error += (_, _) => throw new NotPlain();
    }

    /// <summary>The tree, or null where the markup needs an HTML parser's reading.</summary>
    public static DocumentTree? Read(string markup)
    {
        try
        {
            return new MarkupReader(markup).Document();
        }
        catch (NotPlain)
        {
            return null;
        }
    }

    /// <summary>Thrown at the first token the plain reading does not take; caught only in <see cref="Read"/>.</summary>
    private sealed class NotPlain : Exception;

    private DocumentTree Document()
    {
        var blocks = new List<Block>();
        while (true)
        {
            var token = Next();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    return new DocumentTree([.. blocks]);
                case HtmlTokenType.Character:
                    Whitespace(token);
                    break;
                case HtmlTokenType.StartTag:
                    blocks.Add(Block((HtmlTagToken)token));
                    break;
                default:
                    throw new NotPlain();
            }
        }
    }

    private Block Block(HtmlTagToken tag) => tag.Name switch
    {
        "header" => TitlePage(Allowed(tag, [], ["title-page"])),
        "nav" => new TableOfContents(NavText(Allowed(tag, [], ["toc"])).Trim()),
        "h2" or "h3" or "h4" => Heading(Allowed(tag, ["id"], ["new-page", "table-title"])),
        "p" when Attribute(tag, "class") == "unit-line" => UnitLine(Allowed(tag, [], ["unit-line"])),
        "p" when Attribute(tag, "class") == "sign-off" => new SignOffLine([.. Spans(Allowed(tag, [], ["sign-off"]))]),
        "p" => Paragraph(Allowed(tag, [], ["center", "keep-with-next"])),
        "ul" or "ol" => List(Bare(tag)),
        "table" => Table(Allowed(tag, [], ["project-form", "indicators"])),
        _ => throw new NotPlain(),
    };

    private TitlePage TitlePage(HtmlTagToken header)
    {
        ImmutableArray<Inline>? title = null;
        var lines = new List<string>();
        foreach (var child in Children(header))
        {
            if (child.Name == "h1" && title is null) title = Inlines(Bare(child));
            else if (child.Name == "p" && Attribute(child, "class") == "subtitle") lines.Add(Text(Allowed(child, [], ["subtitle"])).Trim());
            else throw new NotPlain();
        }

        return new TitlePage(title ?? [], [.. lines]);
    }

    /// <summary>The table of contents' own words (its heading), from text and h2 elements only.</summary>
    private string NavText(HtmlTagToken nav)
    {
        var text = new StringBuilder();
        for (var token = Next(); !IsEnd(token, nav); token = Next())
        {
            if (token.Type == HtmlTokenType.Character) text.Append(Data(token));
            else if (token is HtmlTagToken { Type: HtmlTokenType.StartTag, Name: "h2" } h2) text.Append(Text(Bare(h2)));
            else throw new NotPlain();
        }

        return text.ToString();
    }

    private Heading Heading(HtmlTagToken tag)
    {
        var role = HasClass(tag, "table-title") ? HeadingRole.TableTitle : HeadingRole.Heading;
        return new Heading(tag.Name[1] - '0', Attribute(tag, "id") ?? "", role, HasClass(tag, "new-page"), Inlines(tag));
    }

    private UnitLine UnitLine(HtmlTagToken tag) =>
        Spans(tag) is [var name, var code] ? new UnitLine(name, code) : throw new NotPlain();

    /// <summary>The trimmed text of each span of a line made of spans alone.</summary>
    private List<string> Spans(HtmlTagToken line)
    {
        var spans = Children(line).Select(span => span.Name == "span" ? Text(Bare(span)).Trim() : throw new NotPlain()).ToList();
        return spans.Count > 0 ? spans : throw new NotPlain();
    }

    private Paragraph Paragraph(HtmlTagToken tag) =>
        new(Inlines(tag)) { Centered = HasClass(tag, "center"), KeepWithNext = HasClass(tag, "keep-with-next") };

    private ListBlock List(HtmlTagToken list) =>
        new(list.Name == "ol", [.. Children(list).Select(li => li.Name == "li" ? Contents(Bare(li)) : throw new NotPlain())]);

    private Table Table(HtmlTagToken table)
    {
        string? caption = null;
        var widths = new List<int>();
        var rows = new List<TableRow>();
        foreach (var child in Children(table))
        {
            switch (child.Name)
            {
                case "caption" when caption is null:
                    caption = Text(Bare(child)).Trim();
                    break;
                case "colgroup":
                    widths.AddRange(Children(Bare(child)).Select(Width));
                    break;
                case "thead" or "tbody":
                    rows.AddRange(Children(Bare(child)).Select(tr => Row(tr, child.Name == "thead")));
                    break;
                default:
                    throw new NotPlain();
            }
        }

        var read = new Table(Attribute(table, "class") ?? "", caption ?? "", [.. widths], [.. rows]);
        // Cells beyond the columns the template gives widths for: MarkupParser says where.
        return widths.Count > 0 && TableGrid.Of(read).Columns > widths.Count ? throw new NotPlain() : read;
    }

    private static int Width(HtmlTagToken col)
    {
        if (col.Name != "col") throw new NotPlain();
        var width = Attribute(Allowed(col, ["data-width"], []), "data-width");
        return int.TryParse(width, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) ? weight : 1;
    }

    private TableRow Row(HtmlTagToken tr, bool isHeader)
    {
        if (tr.Name != "tr") throw new NotPlain();
        var keep = HasClass(Allowed(tr, [], ["keep-with-next"]), "keep-with-next");
        var cells = Children(tr).Select(cell => cell.Name is "th" or "td" ? Cell(Allowed(cell, ["colspan", "rowspan", "scope"], ["text"])) : throw new NotPlain());
        return new TableRow(isHeader, [.. cells]) { KeepWithNext = keep };
    }

    private TableCell Cell(HtmlTagToken cell) => new(
        cell.Name == "th",
        Attribute(cell, "scope"),
        Span(Attribute(cell, "colspan")),
        Span(Attribute(cell, "rowspan")),
        HasClass(cell, "text") ? CellAlignment.Left : CellAlignment.Center,
        Contents(cell));

    private static int Span(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span > 0 ? span : 1;

    /// <summary>A cell or list item: paragraphs and lists, or inline text (then one paragraph), never both.</summary>
    private ImmutableArray<Block> Contents(HtmlTagToken element)
    {
        var blocks = new List<Block>();
        var inlines = new List<Inline>();
        var hasInline = false;
        for (var token = Next(); !IsEnd(token, element); token = Next())
        {
            if (token is HtmlTagToken { Type: HtmlTokenType.StartTag, Name: "p" or "ul" or "ol" } block) blocks.Add(Block(block));
            else hasInline |= InlineToken(token, inlines);
        }

        if (blocks.Count == 0) return [new Paragraph([.. InlineText.Normalize(inlines)])];
        return hasInline ? throw new NotPlain() : [.. blocks];
    }

    private ImmutableArray<Inline> Inlines(HtmlTagToken element)
    {
        var inlines = new List<Inline>();
        for (var token = Next(); !IsEnd(token, element); token = Next())
            InlineToken(token, inlines);
        return [.. InlineText.Normalize(inlines)];
    }

    /// <summary>Adds a text run or an inline element; true unless it is white space alone. Adjacent runs join, as in a text node.</summary>
    private bool InlineToken(HtmlToken token, List<Inline> inlines)
    {
        if (token.Type == HtmlTokenType.Character)
        {
            var data = Data(token);
            if (inlines is [.., Text before]) inlines[^1] = new Text(before.Value + data);
            else inlines.Add(new Text(data));
            return !string.IsNullOrWhiteSpace(data);
        }

        if (token is not HtmlTagToken { Type: HtmlTokenType.StartTag } tag || !Inline.Contains(tag.Name)) throw new NotPlain();
        var element = tag.Name == "a" ? Allowed(tag, ["href"], []) : Bare(tag);
        inlines.Add(element.Name switch
        {
            "br" => new LineBreak(),
            "strong" => new Span(SpanKind.Strong, Inlines(element)),
            "em" => new Span(SpanKind.Emphasis, Inlines(element)),
            _ => Link(element),
        });
        return true;
    }

    private Span Link(HtmlTagToken a)
    {
        var href = Attribute(a, "href");
        if (_inLink || !(LinkTarget.IsSafe(href ?? "") || LinkTarget.IsWithinDocument(href ?? ""))) throw new NotPlain();
        _inLink = true;
        var content = Inlines(a);
        _inLink = false;
        return new Span(SpanKind.Link, content, href);
    }

    /// <summary>The element's child elements, each read by the caller before the next is looked for; white space between them is skipped.</summary>
    private IEnumerable<HtmlTagToken> Children(HtmlTagToken parent)
    {
        for (var token = Next(); !IsEnd(token, parent); token = Next())
        {
            if (token.Type == HtmlTokenType.Character) Whitespace(token);
            else yield return token is HtmlTagToken { Type: HtmlTokenType.StartTag } child ? child : throw new NotPlain();
        }
    }

    /// <summary>The text of an element that holds text alone.</summary>
    private string Text(HtmlTagToken element)
    {
        var text = new StringBuilder();
        for (var token = Next(); !IsEnd(token, element); token = Next())
            text.Append(token.Type == HtmlTokenType.Character ? Data(token) : throw new NotPlain());
        return text.ToString();
    }

    /// <summary>
    /// The next token. An element that cannot hold content (br, col) must be one; any other must not claim
    /// to close itself, which HTML would ignore.
    /// </summary>
    private HtmlToken Next()
    {
        var token = _tokens.Get();
        if (token is HtmlTagToken tag && (tag.IsSelfClosing && tag.Name is not ("br" or "col") ||
            tag.Type == HtmlTokenType.EndTag && tag.Name is "br" or "col")) throw new NotPlain();
        return token;
    }

    /// <summary>True at the element's end tag. A void element ends where it starts; any other end tag is not plain.</summary>
    private static bool IsEnd(HtmlToken token, HtmlTagToken element)
    {
        if (token.Type == HtmlTokenType.EndOfFile) throw new NotPlain();
        if (token.Type != HtmlTokenType.EndTag) return false;
        return ((HtmlTagToken)token).Name == element.Name ? true : throw new NotPlain();
    }

    private static string Data(HtmlToken token) => token.Data.Contains('\0') ? throw new NotPlain() : token.Data;

    /// <summary>
    /// White space between blocks or rows is nothing; only ASCII white space, which an HTML parser leaves in place
    /// inside a table (any other character there it moves before the table).
    /// </summary>
    private static void Whitespace(HtmlToken token)
    {
        if (token.Data.AsSpan().ContainsAnyExcept(ClassSeparators)) throw new NotPlain();
    }

    /// <summary>The element itself, when it has only the attributes and classes the subset gives it, each once.</summary>
    private static HtmlTagToken Allowed(HtmlTagToken tag, ReadOnlySpan<string> attributes, ReadOnlySpan<string> classes)
    {
        var all = tag.Attributes;
        for (var i = 0; i < all.Count; i++)
        {
            var name = all[i].Name;
            if (name != "class" && !attributes.Contains(name)) throw new NotPlain();
            for (var j = 0; j < i; j++)
                if (all[j].Name == name) throw new NotPlain();
        }

        var value = Attribute(tag, "class");
        if (value is null) return tag;
        foreach (var range in value.AsSpan().SplitAny(ClassSeparators))
            if (!value.AsSpan(range).IsEmpty && !classes.Contains(value[range])) throw new NotPlain();
        return tag;
    }

    /// <summary>An element with no attributes at all.</summary>
    private static HtmlTagToken Bare(HtmlTagToken tag) => tag.Attributes.Count == 0 ? tag : throw new NotPlain();

    /// <summary>An attribute's value as written, or null where the element has none (as the DOM gives it).</summary>
    private static string? Attribute(HtmlTagToken tag, string name) =>
        tag.Attributes.FirstOrDefault(a => a.Name == name) is { Name: not null } attribute ? attribute.Value : null;

    /// <summary>Whether the element's class list has the class (classes are separated by ASCII white space).</summary>
    private static bool HasClass(HtmlTagToken tag, string name)
    {
        var value = Attribute(tag, "class");
        if (value is null) return false;
        foreach (var range in value.AsSpan().SplitAny(ClassSeparators))
            if (value.AsSpan(range).SequenceEqual(name)) return true;
        return false;
    }
}
