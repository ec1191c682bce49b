namespace PerfPublish.Write.Html;

/// <summary>One record's indicators in two years: pairs found the same, pairs found renamed, those only this year has, those only the year before had.</summary>
public sealed record IndicatorMatching(
    IReadOnlyList<(IndicatorTarget Before, IndicatorTarget After)> Same,
    IReadOnlyList<(IndicatorTarget Before, IndicatorTarget After)> Renamed,
    IReadOnlyList<IndicatorTarget> Added,
    IReadOnlyList<IndicatorTarget> Dropped);
