namespace PerfPublish.Model;

/// <summary>Prose an editor wrote in Markdown, with the file it came from for diagnostics.</summary>
public sealed record MarkdownText(string Text, string File);
