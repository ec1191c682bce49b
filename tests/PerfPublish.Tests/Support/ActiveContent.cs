using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Tests.Support;

/// <summary>
/// Finds what could run or load in an output file: each method returns the findings, empty when the
/// file is inert. What counts differs by format, so each has its own reading:
/// HTML — a script-capable element, an event handler or style attribute, a link or source that is not
/// relative, http(s), mailto or #, a style element other than the page's generated column widths; the
/// site's own active parts are not findings, in exactly the shape the writers give them: the index's
/// search form and its one script (templates/site/search.js, byte for byte), and the overview's charts
/// (an svg.chart of title, text and rect elements only);
/// DOCX — macros, embedded objects or alien chunks, a field other than the table of contents' own, an
/// external relationship that is not an http(s)/mailto hyperlink;
/// JSON — any '&lt;' or '&gt;' byte (markup a sniffing client could render), a link that is not http(s)/mailto/#;
/// JS — only the search index is a script file: one comment line, then one assignment of a JSON value to the
/// search's global, which must be inert JSON as above (so no text of it can end the string or the script);
/// CSV — a text cell a spreadsheet would run as a formula (the CSV writer's neutralising apostrophe aside);
/// PDF — JavaScript, launch, URI-to-script or embedded-file actions.
/// </summary>
public static partial class ActiveContent
{
    private static readonly string[] ScriptElements =
        ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "input", "button", "textarea",
         "select", "svg", "math", "img", "video", "audio", "source", "track", "picture", "portal", "template", "noscript"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href", "ping"];

    public static IReadOnlyList<string> In(string path) => Path.GetExtension(path) switch
    {
        ".html" => InHtml(File.ReadAllText(path)),
        ".docx" => InDocx(File.ReadAllBytes(path)),
        ".json" => InJson(File.ReadAllBytes(path)),
        ".csv" => InCsv(File.ReadAllBytes(path)),
        ".pdf" => InPdf(File.ReadAllBytes(path)),
        ".css" => [],
        ".js" => InSearchIndex(File.ReadAllBytes(path)),
        var other => [$"unexpected output kind '{other}'"],
    };

    public static IReadOnlyList<string> InHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var findings = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (ScriptElements.Contains(name) && !IsTheSitesOwn(element)) findings.Add($"<{name}> element");
            if (name == "meta" && element.GetAttribute("http-equiv") is { } equiv && !equiv.Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
                findings.Add($"<meta http-equiv=\"{equiv}\">");
            if (name == "link" && element.GetAttribute("rel") != "stylesheet") findings.Add($"<link rel=\"{element.GetAttribute("rel")}\">");
            if (name == "style" && !GeneratedStyle().IsMatch(element.TextContent)) findings.Add($"<style> with '{Excerpt(element.TextContent)}'");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) findings.Add($"{attribute.Name}= on <{name}>");
                if (attribute.Name == "style") findings.Add($"style= on <{name}>");
                if (UrlAttributes.Contains(attribute.Name) && !SafeUrl(attribute.Value)) findings.Add($"{attribute.Name}=\"{Excerpt(attribute.Value)}\" on <{name}>");
            }
        }
        return findings;
    }

    private static readonly Lazy<string> SearchScript = new(() =>
        File.ReadAllText(Path.Combine(Repo.Templates, "site", "search.js")).ReplaceLineEndings("\n"));

    private static readonly string[] ChartParts = ["title", "text", "rect"];

    private static bool IsTheSitesOwn(AngleSharp.Dom.IElement element) => element.LocalName switch
    {
        "script" => element.Attributes.Length == 0 && element.TextContent == SearchScript.Value,
        "form" => element.Id == "search" && element.GetAttribute("action") is null && element.GetAttribute("method") is null,
        "input" => element.Id == "search-input" && element.GetAttribute("type") == "search" && element.Closest("form#search") is not null,
        "button" => element.GetAttribute("type") == "submit" && element.Closest("form#search") is not null,
        "svg" => element.ClassName == "chart" && element.QuerySelectorAll("*").All(e => ChartParts.Contains(e.LocalName)),
        _ => false,
    };

    public static IReadOnlyList<string> InDocx(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var findings = new List<string>();
        if (package.DocumentType != WordprocessingDocumentType.Document) findings.Add($"document type {package.DocumentType}");
        foreach (var part in package.GetAllParts())
        {
            if (part is VbaProjectPart or EmbeddedObjectPart or EmbeddedPackagePart or AlternativeFormatImportPart or EmbeddedControlPersistencePart)
                findings.Add($"part {part.Uri} ({part.GetType().Name})");
            foreach (var relationship in part.ExternalRelationships)
                findings.Add($"external relationship {relationship.RelationshipType} → {relationship.Uri}");
            foreach (var link in part.HyperlinkRelationships.Where(l => !SafeUrl(l.Uri.OriginalString)))
                findings.Add($"hyperlink → {link.Uri}");
            if (part.RootElement is null) continue;
            foreach (var code in part.RootElement.Descendants<W.FieldCode>().Select(f => f.Text)
                         .Concat(part.RootElement.Descendants<W.SimpleField>().Select(f => f.Instruction?.Value ?? ""))
                         .Where(c => !OwnField().IsMatch(c)))
                findings.Add($"field '{Excerpt(code)}' in {part.Uri}");
            if (part.RootElement.Descendants<W.AltChunk>().Any()) findings.Add($"altChunk in {part.Uri}");
        }
        return findings;
    }

    public static IReadOnlyList<string> InJson(byte[] json)
    {
        var findings = new List<string>();
        if (json.Contains((byte)'<') || json.Contains((byte)'>')) findings.Add("a raw '<' or '>' byte");
        using var document = JsonDocument.Parse(json);
        foreach (var (key, value) in Strings(document.RootElement, ""))
            if (key == "href" && !SafeUrl(value)) findings.Add($"href '{Excerpt(value)}'");
        return findings;
    }

    public static IReadOnlyList<string> InSearchIndex(byte[] script)
    {
        var text = Encoding.UTF8.GetString(script);
        var shape = SearchIndexShape().Match(text);
        if (!shape.Success) return [$"a script other than the search index: '{Excerpt(text)}'"];
        return InJson(Encoding.UTF8.GetBytes(shape.Groups["json"].Value));
    }

    public static IReadOnlyList<string> InCsv(byte[] csv)
    {
        var findings = new List<string>();
        if (csv.Length < 3 || csv[0] != 0xEF || csv[1] != 0xBB || csv[2] != 0xBF) findings.Add("no UTF-8 byte order mark");
        foreach (var cell in CsvRows.Of(Encoding.UTF8.GetString(csv)).SelectMany(row => row))
            if (cell.Length > 0 && "=+-@\t\r".Contains(cell[0]) && !PlainNumber().IsMatch(cell))
                findings.Add($"formula cell '{Excerpt(cell)}'");
        return findings;
    }

    public static IReadOnlyList<string> InPdf(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return [.. PdfActions().Matches(text).Select(m => $"PDF {m.Value}").Distinct()];
    }

    /// <summary>Relative paths, fragments, http(s) and mailto; a scheme of any other kind (javascript:, data:, …) is not.</summary>
    public static bool SafeUrl(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var scheme = Scheme().Match(trimmed);
        return !scheme.Success || scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto";
    }

    private static IEnumerable<(string Key, string Value)> Strings(JsonElement element, string key) => element.ValueKind switch
    {
        JsonValueKind.String => [(key, element.GetString()!)],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value, p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Strings(e, key)),
        _ => [],
    };

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"\A// [^\n]*\nwindow\.perfPublishSearch = (?<json>\[[^\n]*\]);\n\z")]
    private static partial Regex SearchIndexShape();

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^(\.cols-\d+ col:nth-child\(\d+\)\{width:\d+(\.\d+)?%\}\n)*$")]
    private static partial Regex GeneratedStyle();

    /// <summary>The fields the DOCX writer itself puts in: the table of contents and page numbers.</summary>
    [GeneratedRegex(@"^\s*(TOC|PAGEREF|PAGE|NUMPAGES|SECTIONPAGES)\b[^{}]*$")]
    private static partial Regex OwnField();

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?%?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"/(JavaScript|JS|Launch|EmbeddedFile|SubmitForm|ImportData|RichMedia)\b")]
    private static partial Regex PdfActions();
}
