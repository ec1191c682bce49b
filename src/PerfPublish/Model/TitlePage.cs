using System.Collections.Immutable;

namespace PerfPublish.Model;

/// <summary>The title page: the publication title (with the line breaks the template gives it) and the lines under it (unit, year).</summary>
public sealed record TitlePage(ImmutableArray<Inline> Title, ImmutableArray<string> Lines) : Block
{
    /// <summary>The title as one line of text, as a document property or a tab would show it.</summary>
    public string PlainTitle => Inline.PlainText(Title, lineBreak: "");
}
