using System.Collections.Immutable;

namespace PerfPublish.Model;

public sealed record Paragraph(ImmutableArray<Inline> Content) : Block
{
    /// <summary>A centred line, such as the （2023年度） under a form's title.</summary>
    public bool Centered { get; init; }

    /// <summary>Kept on the page of what follows it: a line of a form's title block kept with the form.</summary>
    public bool KeepWithNext { get; init; }
}
