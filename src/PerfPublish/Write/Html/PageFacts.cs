namespace PerfPublish.Write.Html;

/// <summary>What a publication's web page shows beyond the document: its numbers, the unit's other years, the change from the year before.</summary>
public sealed record PageFacts(PublicationSummary Summary, IReadOnlyList<PublicationSummary> UnitYears, YearComparison? Comparison);
