using System.Collections.Immutable;

namespace PerfPublish.Model;

/// <summary>A heading of level 2 (part), 3 (section or project table title) or 4 (subsection).</summary>
public sealed record Heading(int Level, string Id, HeadingRole Role, bool NewPage, ImmutableArray<Inline> Content) : Block
{
    /// <summary>The heading as one line of text, its line breaks turned into spaces (for tables of contents).</summary>
    public string PlainText => Inline.PlainText(Content, lineBreak: " ");
}
