namespace PerfPublish.Write.Html;

/// <summary>A year's totals over all its publications, the index page that lists them, and how it compares with the year before.</summary>
public sealed record SiteYearTotal(int Year, string Href, int Units, int Projects, string Total, SiteYearChange? Change);
