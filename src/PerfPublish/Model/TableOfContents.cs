namespace PerfPublish.Model;

/// <summary>Where the table of contents goes; writers fill it from the headings.</summary>
public sealed record TableOfContents(string Title) : Block;
