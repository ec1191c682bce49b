using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PerfPublish.Import;

/// <summary>What a paragraph style tells import: whether it is a heading (and which level) and whether its text is bold.</summary>
public sealed record WordStyle(string Id, string Name, int? HeadingLevel, bool Bold);

/// <summary>The styles of word/styles.xml that matter to recognition, by id; an unknown id is a plain style.</summary>
public sealed partial class WordStyles(IReadOnlyDictionary<string, WordStyle> styles)
{
    public static WordStyles None { get; } = new(new Dictionary<string, WordStyle>());

    private static readonly XNamespace W = SafeXml.W;

    // Word's built-in names ("heading 1"), our reference.docx's ids ("Heading1") and WPS's Chinese names ("标题 1").
    [GeneratedRegex(@"^(?:heading|标题)\s*(\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();

    public static WordStyles Read(XDocument? styles)
    {
        var map = new Dictionary<string, WordStyle>(StringComparer.Ordinal);
        foreach (var style in styles?.Root?.Elements(W + "style") ?? [])
        {
            var id = (string?)style.Attribute(W + "styleId");
            if (id is null || map.ContainsKey(id)) continue;
            var name = (string?)style.Element(W + "name")?.Attribute(W + "val") ?? id;
            var outline = (string?)style.Element(W + "pPr")?.Element(W + "outlineLvl")?.Attribute(W + "val");
            var level = HeadingName().Match(name) is { Success: true } byName ? int.Parse(byName.Groups[1].Value)
                : HeadingName().Match(id) is { Success: true } byId ? int.Parse(byId.Groups[1].Value)
                : int.TryParse(outline, out var o) && o is >= 0 and < 9 ? o + 1 : (int?)null;
            map[id] = new WordStyle(id, name, level, WordRuns.IsOn(style.Element(W + "rPr")?.Element(W + "b")));
        }

        return new WordStyles(map);
    }

    public WordStyle? this[string? id] => id is not null && styles.TryGetValue(id, out var style) ? style : null;
}
