namespace PerfPublish.Write.Html;

/// <summary>
/// What changed in a unit's publication since the year before, comparing like with like: the total of the
/// headline amounts, each continuing project's amount, projects added and dropped, projects that look renamed,
/// and, within each continuing project and each of its indicator trees, indicators whose target value
/// changed, that were renamed, or that only one year has. The department-as-a-whole form's record, where
/// both years have one, is compared the same way. How records and indicators are matched: <see cref="RecordMatching"/>.
/// </summary>
public sealed record YearComparison(
    PublicationSummary Previous,
    PublicationSummary Current,
    IReadOnlyList<BudgetChange> Budgets,
    IReadOnlyList<RecordSummary> Added,
    IReadOnlyList<RecordSummary> Dropped,
    IReadOnlyList<RecordPair> Renamed,
    IndicatorDifferences Indicators)
{
    /// <summary>The change of the total, where both years have one to compare (a headline amount and projects).</summary>
    public decimal? TotalChange => Current.Total - Previous.Total;

    /// <summary>The department form's headline amount in both years, where both have a department record with one.</summary>
    public BudgetChange? Department { get; init; }

    /// <summary>Whether the two years' project tables are in the same form (a unit may change forms from one year to the next).</summary>
    public bool SameForm => Previous.Form == Current.Form;

    public bool HasChanges => TotalChange is not null and not 0 || Budgets.Count > 0 || Added.Count > 0 || Dropped.Count > 0
        || Renamed.Count > 0 || Department is { Change: not 0 } || !Indicators.IsEmpty;

    public static YearComparison Between(PublicationSummary previous, PublicationSummary current)
    {
        var pairs = RecordMatching.Pair(previous.Records, current.Records);
        // A likely rename is a guess: shown as one, its amounts and indicators are not compared.
        var continuing = pairs.Where(p => p.By != MatchedBy.Likeness).ToList();
        var department = previous.Department is { } was && current.Department is { } now ? new RecordPair(was.Record, now.Record, MatchedBy.Code) : null;
        // Only the trees both years' forms have are compared one by one; the page names the others once.
        var shared = SharedTrees(previous.Labels, current.Labels);
        var indicators = IndicatorDifferences.Of([
            .. continuing.Select(p => (p.After.Name, InTrees(p.Before, shared), InTrees(p.After, shared))),
            .. department is null ? [] : new[] { (DepartmentRecord, department.Before, department.After) }]);

        return new YearComparison(previous, current,
            [.. continuing.Select(p => AmountChange(p.After.Name, p)).OfType<BudgetChange>().Where(c => c.Change != 0)],
            [.. current.Records.Where(r => !pairs.Any(p => ReferenceEquals(p.After, r)))],
            [.. previous.Records.Where(r => !pairs.Any(p => ReferenceEquals(p.Before, r)))],
            [.. pairs.Where(p => p.By == MatchedBy.Likeness)],
            indicators)
        {
            Department = department is null ? null : AmountChange(DepartmentRecord, department),
        };
    }

    /// <summary>The project form's indicator trees (中期, 年度) that only the year before's form has: not compared one by one.</summary>
    public IReadOnlyList<FieldLabel> TreesOnlyBefore => [.. Previous.Labels.Trees.Where(t => !Current.Labels.Trees.Any(c => c.Key == t.Key))];

    /// <summary>The project form's indicator trees that only this year's form has: not compared one by one.</summary>
    public IReadOnlyList<FieldLabel> TreesOnlyNow => [.. Current.Labels.Trees.Where(t => !Previous.Labels.Trees.Any(c => c.Key == t.Key))];

    private static HashSet<string> SharedTrees(RecordLabels before, RecordLabels after) =>
        [.. before.Trees.Select(t => t.Key).Intersect(after.Trees.Select(t => t.Key), StringComparer.Ordinal)];

    private static RecordSummary InTrees(RecordSummary record, HashSet<string> trees) =>
        record with { Targets = [.. record.Targets.Where(t => trees.Contains(t.Tree))] };

    /// <summary>A record's headline amount in both years, where both have one.</summary>
    private static BudgetChange? AmountChange(string name, RecordPair pair) =>
        pair.Before.Amount is { } before && pair.After.Amount is { } after ? new BudgetChange(name, before, after) : null;

    /// <summary>How the department-as-a-whole record is named where the comparison lists it beside projects.</summary>
    public const string DepartmentRecord = "部门整体";
}
