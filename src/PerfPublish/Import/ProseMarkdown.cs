using System.Text.RegularExpressions;

namespace PerfPublish.Import;

/// <summary>A body paragraph as the Markdown the prose files hold: bold kept, a numbered or bulleted paragraph a list item.</summary>
public static partial class ProseMarkdown
{
    // Characters Markdown would read as markup; Chinese prose rarely has them, but a pasted one must stay text.
    [GeneratedRegex(@"([\\`*_\[\]<>#|])")]
    private static partial Regex Special();

    [GeneratedRegex(@"^(\d+)([.)])")]
    private static partial Regex LooksNumbered();

    public static string Paragraph(WordParagraph paragraph)
    {
        var text = Special().Replace(ImportText.Clean(paragraph.Text).Replace("\n", ""), @"\$1");
        text = LooksNumbered().Replace(text, @"$1\$2");
        if (text.StartsWith('-') || text.StartsWith('+')) text = "\\" + text;
        if (paragraph.Bold && paragraph.HeadingLevel is null) text = $"**{text}**";
        return paragraph.Numbering is null ? text : $"- {text}";
    }

    /// <summary>Paragraphs one blank line apart, list items of one list together.</summary>
    public static string Join(IReadOnlyList<string> paragraphs)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0) text.Append(paragraphs[i].StartsWith("- ") && paragraphs[i - 1].StartsWith("- ") ? "\n" : "\n\n");
            text.Append(paragraphs[i]);
        }

        return text.Length == 0 ? "" : text.Append('\n').ToString();
    }
}
