using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfPublish.Write.Content;

/// <summary>A node of a content file's YAML, built by whoever makes the file (import, new) and written by <see cref="ContentYaml"/>.</summary>
public abstract record YamlNode;

/// <summary>A scalar exactly as it stands in the file: the maker chose plain or quoted (<see cref="Text"/>, <see cref="Quoted"/>).</summary>
public sealed partial record YamlScalar(string Written) : YamlNode
{
    // Plain only when nothing in it could be read as YAML syntax, a number, a boolean or null.
    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`0-9.+~][^:#\n\r\t""'\\{}\[\],&*!|>%@`]*(?<![\s:])$")]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"^(?i:y|n|yes|no|on|off|true|false|null)$")]
    private static partial Regex Reserved();

    /// <summary>A text plain where YAML reads it back unchanged, double-quoted otherwise ("≥95%", "632001"): as editors keep content.</summary>
    public static YamlScalar Text(string text) => new(PlainSafe().IsMatch(text) && !Reserved().IsMatch(text) ? text : QuotedText(text));

    /// <summary>A text always double-quoted: safe for any text, whatever ':', '#' or quotes it holds.</summary>
    public static YamlScalar Quoted(string text) => new(QuotedText(text));

    public static YamlScalar Number(decimal number) => new(number.ToString(CultureInfo.InvariantCulture));

    public static YamlScalar Number(int number) => new(number.ToString(CultureInfo.InvariantCulture));

    /// <summary>A YAML double-quoted scalar's text.</summary>
    public static string QuotedText(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                < ' ' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }
}

/// <summary>A mapping, its entries in the order given (a form's fields in the profile's order).</summary>
public sealed record YamlMapping(ImmutableArray<YamlEntry> Entries) : YamlNode;

/// <summary>A sequence: of scalars (goals) or of mappings (indicators, table rows); empty, it is written [].</summary>
public sealed record YamlSequence(ImmutableArray<YamlNode> Items) : YamlNode;

/// <summary>
/// One key with its value (null: the key alone, YAML's null) and the comment lines above it (a new file's label and
/// description of each field).
/// </summary>
public sealed record YamlEntry(string Key, YamlNode? Value)
{
    public ImmutableArray<string> Comments { get; init; } = [];
}

/// <summary>
/// The one writer of content files' YAML, for `perfpublish import` and `perfpublish new` alike: comment lines at the
/// top, then the mapping in block style, two spaces an indent, a sequence's mappings with "- " before their first key.
/// Written by hand rather than by a serializer so that the output is stable and comments go where an editor wants them.
/// </summary>
public static class ContentYaml
{
    /// <summary>A file: the head's comment lines (a line holding line breaks becomes one comment each), a blank line when asked, the body.</summary>
    public static string File(IEnumerable<string> head, YamlMapping body, bool blankLineAfterHead = false)
    {
        var yaml = new StringBuilder();
        Comments(yaml, head, indent: 0);
        if (blankLineAfterHead) yaml.Append('\n');
        Mapping(yaml, body, indent: 0);
        return yaml.ToString();
    }

    private static void Comments(StringBuilder yaml, IEnumerable<string> lines, int indent)
    {
        foreach (var line in lines.SelectMany(l => l.Split('\n'))) yaml.Append(' ', indent).Append("# ").Append(line.Replace('\r', ' ')).Append('\n');
    }

    private static void Mapping(StringBuilder yaml, YamlMapping mapping, int indent)
    {
        foreach (var entry in mapping.Entries) Entry(yaml, entry, indent, firstPrefix: null);
    }

    /// <summary>One entry; <paramref name="firstPrefix"/> stands for the indent of a sequence item's first key ("  - ").</summary>
    private static void Entry(StringBuilder yaml, YamlEntry entry, int indent, string? firstPrefix)
    {
        Comments(yaml, entry.Comments, indent);
        yaml.Append(firstPrefix ?? new string(' ', indent)).Append(entry.Key).Append(':');
        switch (entry.Value)
        {
            case null:
                yaml.Append('\n');
                break;
            case YamlScalar scalar:
                yaml.Append(' ').Append(scalar.Written).Append('\n');
                break;
            case YamlMapping mapping:
                yaml.Append('\n');
                Mapping(yaml, mapping, indent + 2);
                break;
            case YamlSequence { Items.Length: 0 }:
                yaml.Append(" []\n");
                break;
            case YamlSequence sequence:
                yaml.Append('\n');
                foreach (var item in sequence.Items) Item(yaml, item, indent + 2);
                break;
        }
    }

    private static void Item(StringBuilder yaml, YamlNode item, int indent)
    {
        switch (item)
        {
            case YamlScalar scalar:
                yaml.Append(' ', indent).Append("- ").Append(scalar.Written).Append('\n');
                break;
            case YamlMapping { Entries.Length: 0 }:
                yaml.Append(' ', indent).Append("- {}\n");
                break;
            case YamlMapping mapping:
                for (var i = 0; i < mapping.Entries.Length; i++)
                    Entry(yaml, mapping.Entries[i], indent + 2, i == 0 ? new string(' ', indent) + "- " : null);
                break;
            default:
                throw new ArgumentException("A content file's sequence holds scalars or mappings, never a sequence.", nameof(item));
        }
    }
}
