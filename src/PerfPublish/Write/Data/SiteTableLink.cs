namespace PerfPublish.Write.Data;

/// <summary>A site-wide CSV as the index links it: where it is and what the link says.</summary>
public sealed record SiteTableLink(string Href, string Label);
