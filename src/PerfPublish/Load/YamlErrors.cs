using PerfPublish.Diagnostics;
using YamlDotNet.Core;

namespace PerfPublish.Load;

/// <summary>
/// Turns the YAML parser's messages into sentences an editor can act on. The parser speaks of
/// "block collections" and "flow sequences"; editors think in lines, indentation and quotation marks.
/// The parser's own words follow in brackets, for whoever helps them.
/// </summary>
public static class YamlErrors
{
    /// <summary>Words of the parser's message → the message (Messages.resx) that explains it.</summary>
    private static readonly (string Contains, string Explanation)[] Explanations =
    [
        ("tab", "PP0001_Tab"),
        ("invalid mapping", "PP0001_InvalidMapping"),
        ("expected '-' indicator", "PP0001_ExpectedDash"),
        ("flow sequence", "PP0001_FlowSequence"),
        ("flow mapping", "PP0001_FlowMapping"),
        ("quoted scalar", "PP0001_QuotedScalar"),
        ("cannot start any token", "PP0001_ReservedStart"),
        ("anchor", "PP0001_Anchor"),
        ("alias", "PP0001_Anchor"),
        ("expected key", "PP0001_ExpectedKey"),
        ("document end", "PP0001_DocumentEnd"),
        ("node content", "PP0001_NodeContent"),
    ];

    public static string Explain(YamlException e)
    {
        var original = ParserMessage(e);
        var explanation = Explanations.FirstOrDefault(x => original.Contains(x.Contains, StringComparison.OrdinalIgnoreCase)).Explanation
            ?? "PP0001_Other";
        return Messages.Format("PP0001", Messages.Format(explanation), original);
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
