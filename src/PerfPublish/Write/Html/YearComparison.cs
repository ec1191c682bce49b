using PerfPublish.Write;

namespace PerfPublish.Write.Html;

/// <summary>
/// What changed in a unit's publication since the year before: the budget total, each continuing
/// project's budget, projects added and dropped, and indicators whose target value (指标值) changed.
/// Projects are the same project when their codes are equal or, failing that, their names.
/// </summary>
public sealed record YearComparison(
    PublicationSummary Previous,
    PublicationSummary Current,
    IReadOnlyList<BudgetChange> Budgets,
    IReadOnlyList<RecordSummary> Added,
    IReadOnlyList<RecordSummary> Dropped,
    IReadOnlyList<TargetChange> Targets)
{
    public decimal TotalChange => Current.Total - Previous.Total;

    public bool HasChanges => TotalChange != 0 || Budgets.Count > 0 || Added.Count > 0 || Dropped.Count > 0 || Targets.Count > 0;

    public static YearComparison Between(PublicationSummary previous, PublicationSummary current)
    {
        var pairs = Pair(previous.Records, current.Records);
        var budgets = pairs.Where(p => p.Before.Amount != p.After.Amount)
            .Select(p => new BudgetChange(p.After.Name, p.Before.Amount, p.After.Amount)).ToList();
        var targets = pairs.SelectMany(p => ChangedTargets(p.Before, p.After)).ToList();
        var added = current.Records.Where(c => pairs.All(p => p.After != c)).ToList();
        var dropped = previous.Records.Where(c => pairs.All(p => p.Before != c)).ToList();
        return new YearComparison(previous, current, budgets, added, dropped, targets);
    }

    internal static List<(RecordSummary Before, RecordSummary After)> Pair(IEnumerable<RecordSummary> before, IEnumerable<RecordSummary> after)
    {
        var pairs = new List<(RecordSummary, RecordSummary)>();
        var unmatched = before.ToList();
        var unmatchedAfter = after.ToList();
        foreach (var key in new Func<RecordSummary, string>[] { p => p.Code, p => p.Name })
        {
            foreach (var project in unmatchedAfter.ToList())
            {
                var match = unmatched.FirstOrDefault(b => key(b) == key(project));
                if (match is null) continue;
                pairs.Add((match, project));
                unmatched.Remove(match);
                unmatchedAfter.Remove(project);
            }
        }
        return pairs;
    }

    private static IEnumerable<TargetChange> ChangedTargets(RecordSummary before, RecordSummary after) =>
        from target in after.Targets
        let old = before.Targets.FirstOrDefault(b => b.Path == target.Path)
        where old is not null && old.Value != target.Value
        select new TargetChange(after.Name, target, old.Value);
}

/// <summary>A continuing project whose budget (预算数) changed.</summary>
public sealed record BudgetChange(string Project, decimal Before, decimal After)
{
    public decimal Change => After - Before;
}

/// <summary>An indicator of a continuing project whose target value changed; <see cref="Target"/> holds the new value.</summary>
public sealed record TargetChange(string Project, IndicatorTarget Target, string Before);
