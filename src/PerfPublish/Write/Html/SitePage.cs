namespace PerfPublish.Write.Html;

/// <summary>What the site layout knows of one publication: its titles and its downloads, relative to its page.</summary>
public sealed record SitePage(string Slug, string Title, int Year, string UnitCode, string UnitName, IReadOnlyList<Download> Downloads);
