namespace PerfPublish.Write.Html;

/// <summary>An indicator of a continuing record that only one of the two years has.</summary>
public sealed record IndicatorOnlyIn(string Project, IndicatorTarget Target, bool ThisYear);
