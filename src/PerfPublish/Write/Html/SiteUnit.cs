namespace PerfPublish.Write.Html;

/// <summary>A unit in the index: Total is "" where its publication has none (no project table, or a form without an amount).</summary>
public sealed record SiteUnit(string Href, string Name, string Code, int Projects, string Total);
