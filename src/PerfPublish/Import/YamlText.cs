using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PerfPublish.Scaffold;

namespace PerfPublish.Import;

/// <summary>
/// Writes imported values as YAML the way editors keep content: block style, keys in the form's order,
/// a text plain where YAML reads it back unchanged and double-quoted otherwise ("≥95%", "632001").
/// Written by hand rather than by a serializer so that the output is stable and comments can go above.
/// </summary>
public static partial class YamlText
{
    // Plain only when nothing in it could be read as YAML syntax, a number, a boolean or null.
    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`0-9.+~][^:#\n\r\t""'\\{}\[\],&*!|>%@`]*(?<![\s:])$")]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"^(?i:y|n|yes|no|on|off|true|false|null)$")]
    private static partial Regex Reserved();

    public static string Scalar(object value) => value switch
    {
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        string text => Text(text),
        _ => Text(value.ToString() ?? ""),
    };

    public static string Text(string text) =>
        PlainSafe().IsMatch(text) && !Reserved().IsMatch(text) ? text : ScaffoldTemplate.YamlString(text);

    /// <summary>The values as a YAML mapping at <paramref name="indent"/> spaces.</summary>
    public static void Mapping(StringBuilder yaml, ImportedValues values, int indent)
    {
        foreach (var (key, value) in values.Items) Entry(yaml, key, value, indent, firstPrefix: null);
    }

    private static void Entry(StringBuilder yaml, string key, object value, int indent, string? firstPrefix)
    {
        yaml.Append(firstPrefix ?? new string(' ', indent)).Append(key).Append(':');
        switch (value)
        {
            case ImportedValues group:
                yaml.Append('\n');
                Mapping(yaml, group, indent + 2);
                break;
            case IReadOnlyList<ImportedValues> { Count: 0 }:
                // An empty second level (printed by the form as a blank row) keeps its name and an empty list of items.
                yaml.Append(" []\n");
                break;
            case IReadOnlyList<ImportedValues> records:
                yaml.Append('\n');
                foreach (var record in records) Item(yaml, record, indent + 2);
                break;
            case IReadOnlyList<string> texts:
                yaml.Append('\n');
                foreach (var text in texts) yaml.Append(' ', indent + 2).Append("- ").Append(Text(text)).Append('\n');
                break;
            default:
                yaml.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static void Item(StringBuilder yaml, ImportedValues record, int indent)
    {
        var first = true;
        foreach (var (key, value) in record.Items)
        {
            Entry(yaml, key, value, indent + 2, first ? new string(' ', indent) + "- " : null);
            first = false;
        }
    }

    /// <summary>Lines as YAML comments ("# …"), each line of a multi-line text its own comment.</summary>
    public static void Comments(StringBuilder yaml, IEnumerable<string> lines)
    {
        foreach (var line in lines.SelectMany(l => l.Split('\n'))) yaml.Append("# ").Append(line.Replace('\r', ' ')).Append('\n');
    }
}
