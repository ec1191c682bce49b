namespace PerfPublish.Write.Html;

/// <summary>What changed among the indicators of continuing records, each compared within its own tree.</summary>
public sealed record IndicatorDifferences(
    IReadOnlyList<TargetChange> Values,
    IReadOnlyList<IndicatorRename> Renamed,
    IReadOnlyList<IndicatorOnlyIn> Unmatched)
{
    public bool IsEmpty => Values.Count == 0 && Renamed.Count == 0 && Unmatched.Count == 0;

    public IndicatorDifferences And(IndicatorDifferences other) =>
        new([.. Values, .. other.Values], [.. Renamed, .. other.Renamed], [.. Unmatched, .. other.Unmatched]);

    public static IndicatorDifferences Of(IEnumerable<(string Name, RecordSummary Before, RecordSummary After)> records)
    {
        var values = new List<TargetChange>();
        var renamed = new List<IndicatorRename>();
        var unmatched = new List<IndicatorOnlyIn>();
        foreach (var (name, before, after) in records)
        {
            var matching = RecordMatching.Indicators(before.Targets, after.Targets);
            values.AddRange(matching.Same
                .Where(p => p.Before.Value is not null && p.After.Value is not null && p.Before.Value != p.After.Value)
                .Select(p => new TargetChange(name, p.After, p.Before.Value!)));
            renamed.AddRange(matching.Renamed.Select(p => new IndicatorRename(name, p.Before, p.After)));
            unmatched.AddRange(matching.Dropped.Select(t => new IndicatorOnlyIn(name, t, ThisYear: false)));
            unmatched.AddRange(matching.Added.Select(t => new IndicatorOnlyIn(name, t, ThisYear: true)));
        }
        return new(values, renamed, unmatched);
    }
}
