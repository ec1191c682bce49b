using System.Collections.Immutable;

namespace PerfPublish.Model;

/// <summary>
/// The parsed document markup: the one structure both writers render. Anything the markup subset
/// (docs/markup.md) does not have cannot be represented here, and so cannot reach an output.
/// </summary>
public sealed record DocumentTree(ImmutableArray<Block> Blocks)
{
    public IEnumerable<Heading> Headings => Blocks.OfType<Heading>();
}

public abstract record Block;

/// <summary>The title page: the publication title (with the line breaks the template gives it) and the lines under it (unit, year).</summary>
public sealed record TitlePage(ImmutableArray<Inline> Title, ImmutableArray<string> Lines) : Block
{
    /// <summary>The title as one line of text, as a document property or a tab would show it.</summary>
    public string PlainTitle => Inline.PlainText(Title, lineBreak: "");
}

/// <summary>Where the table of contents goes; writers fill it from the headings.</summary>
public sealed record TableOfContents(string Title) : Block;

public enum HeadingRole { Heading, TableTitle }

/// <summary>A heading of level 2 (part), 3 (section or project table title) or 4 (subsection).</summary>
public sealed record Heading(int Level, string Id, HeadingRole Role, bool NewPage, ImmutableArray<Inline> Content) : Block
{
    /// <summary>The heading as one line of text, its line breaks turned into spaces (for tables of contents).</summary>
    public string PlainText => Inline.PlainText(Content, lineBreak: " ");
}

public sealed record Paragraph(ImmutableArray<Inline> Content) : Block
{
    /// <summary>A centred line, such as the （2023年度） under a form's title.</summary>
    public bool Centered { get; init; }

    /// <summary>Kept on the page of what follows it: a line of a form's title block kept with the form.</summary>
    public bool KeepWithNext { get; init; }
}

/// <summary>The line above a project table: the unit at the left, the currency unit at the right.</summary>
public sealed record UnitLine(string Left, string Right) : Block;

/// <summary>A line of parts spread across the width, as a form's sign-off under its table (填表人：… 联系电话：… 填报日期：…).</summary>
public sealed record SignOffLine(ImmutableArray<string> Parts) : Block;

public sealed record ListBlock(bool Ordered, ImmutableArray<ImmutableArray<Block>> Items) : Block;

/// <summary>A table; column widths are relative weights, cells carry their spans as in HTML.</summary>
public sealed record Table(string Kind, string Caption, ImmutableArray<int> ColumnWidths, ImmutableArray<TableRow> Rows) : Block;

public sealed record TableRow(bool IsHeader, ImmutableArray<TableCell> Cells)
{
    /// <summary>Kept on the page of the next row (or, for a table's last row, of the paragraph after the table).</summary>
    public bool KeepWithNext { get; init; }
}

public enum CellAlignment { Center, Left }

public sealed record TableCell(
    bool IsHeader, string? Scope, int ColumnSpan, int RowSpan, CellAlignment Alignment, ImmutableArray<Block> Content);

public abstract record Inline
{
    public static string PlainText(IEnumerable<Inline> inlines, string lineBreak = "\n") =>
        string.Concat(inlines.Select(i => i switch
        {
            Text text => text.Value,
            LineBreak => lineBreak,
            Span span => PlainText(span.Content, lineBreak),
            _ => "",
        }));
}

public sealed record Text(string Value) : Inline;

public sealed record LineBreak : Inline;

public enum SpanKind { Strong, Emphasis, Link }

/// <summary>Inline formatting around other inlines; Href is set for links only.</summary>
public sealed record Span(SpanKind Kind, ImmutableArray<Inline> Content, string? Href = null) : Inline;
