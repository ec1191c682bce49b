namespace PerfPublish.Write.Html;

/// <summary>The units of one category in one year, with their totals ("" where none has one); Id is the section's anchor.</summary>
public sealed record SiteCategory(string Id, string Name, int UnitCount, string Total, IReadOnlyList<SiteUnit> Units);
