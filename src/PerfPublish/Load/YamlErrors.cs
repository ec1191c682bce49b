using YamlDotNet.Core;

namespace PerfPublish.Load;

/// <summary>
/// Turns the YAML parser's messages into sentences an editor can act on. The parser speaks of
/// "block collections" and "flow sequences"; editors think in lines, indentation and quotation marks.
/// The parser's own words follow in brackets, for whoever helps them.
/// </summary>
public static class YamlErrors
{
    private static readonly (string Contains, string Explanation)[] Explanations =
    [
        ("tab", "a tab character is used for indentation; YAML indents with spaces only, so replace the tab with spaces"),
        ("invalid mapping", "a value contains ': ' or the line is indented further than the key above it; put such a value in quotes (\"…\") or line the key up with the keys above it"),
        ("expected '-' indicator", "this line does not line up with the list above it; each list item starts with '- ' at the same indentation"),
        ("flow sequence", "a '[' is not closed with a matching ']'"),
        ("flow mapping", "a '{' is not closed with a matching '}'"),
        ("quoted scalar", "a quotation mark (\" or ') is opened but not closed, or a value inside quotes is not written as YAML expects"),
        ("cannot start any token", "a value starts with a character YAML reserves (@ ` %); put the value in quotes"),
        ("anchor", "'&' and '*' at the start of a value have a special meaning in YAML; put the value in quotes"),
        ("alias", "'&' and '*' at the start of a value have a special meaning in YAML; put the value in quotes"),
        ("expected key", "this line is not a 'key: value' line at the indentation expected here; compare its indentation with the lines above, and put values that contain quotation marks or ': ' in quotes"),
        ("document end", "the indentation of this line does not match the lines before it; keys at the top level start at the first column"),
        ("node content", "a value is missing or starts with a character YAML reserves; put the value in quotes"),
    ];

    public static string Explain(YamlException e)
    {
        var original = ParserMessage(e);
        var explanation = Explanations.FirstOrDefault(x => original.Contains(x.Contains, StringComparison.OrdinalIgnoreCase)).Explanation
            ?? "the text is not well-formed YAML here; check the indentation, the quotation marks and the brackets on this line and the one above";
        return $"{explanation} (YAML parser: {original})";
    }

    /// <summary>The parser's message without the "(Line: 1, Col: 2, …): " prefix some versions put in front.</summary>
    public static string ParserMessage(YamlException e)
    {
        var inner = e.InnerException?.Message;
        var message = string.IsNullOrEmpty(inner) ? e.Message : inner;
        var positionPrefix = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && positionPrefix > 0 ? message[(positionPrefix + 3)..] : message;
    }
}
