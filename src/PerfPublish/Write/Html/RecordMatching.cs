namespace PerfPublish.Write.Html;

/// <summary>
/// Which record of the year before is which record this year, and which indicator which: never by position.
/// A record is the same record when its code is the same (an empty code is no code), else when its name is
/// (as <see cref="UnitIdentity.Normalised"/> reads names). What is left is paired as "renamed?" only where the
/// fields mostly agree. An indicator is the same indicator within its own tree (the form's field: 中期 and 年度
/// are two) when its path of level names is the same; what is left under the same 一级 and 二级指标 is taken as
/// renamed when the names are alike (<see cref="UnitIdentity.Likeness"/>), and the rest is only in one year.
/// </summary>
public static class RecordMatching
{
    /// <summary>At least this share of two records' points of comparison agree for the pair to be shown as a likely rename.</summary>
    private const double MostlyAgree = 0.5;

    /// <summary>Two names at least this alike (<see cref="UnitIdentity.Likeness"/>) count as one renamed.</summary>
    private const double AlikeNames = 0.5;

    public static IReadOnlyList<RecordPair> Pair(IReadOnlyList<RecordSummary> before, IReadOnlyList<RecordSummary> after)
    {
        var pairs = new List<RecordPair>();
        var left = before.ToList();
        var right = after.ToList();
        PairEqual(pairs, left, right, MatchedBy.Code, r => string.IsNullOrWhiteSpace(r.Code) ? null : r.Code.Trim());
        PairEqual(pairs, left, right, MatchedBy.Name, r => UnitIdentity.Normalised(r.Name) is { Length: > 0 } name ? name : null);
        var likely =
            from a in right
            from b in left
            let agreement = Agreement(b, a)
            where agreement >= MostlyAgree
            orderby agreement descending, a.Order, b.Order
            select (Before: b, After: a);
        foreach (var (b, a) in likely.ToList())
        {
            if (!left.Contains(b) || !right.Contains(a)) continue;
            pairs.Add(new RecordPair(b, a, MatchedBy.Likeness));
            left.Remove(b);
            right.Remove(a);
        }
        return pairs;
    }

    /// <summary>Pairs records whose keys are equal; a record without a key (null) is left for the next way of matching.</summary>
    private static void PairEqual(List<RecordPair> pairs, List<RecordSummary> left, List<RecordSummary> right, MatchedBy by, Func<RecordSummary, string?> key)
    {
        foreach (var record in right.ToList())
        {
            if (key(record) is not { } value) continue;
            var match = left.FirstOrDefault(b => key(b) == value);
            if (match is null) continue;
            pairs.Add(new RecordPair(match, record, by));
            left.Remove(match);
            right.Remove(record);
        }
    }

    /// <summary>
    /// The share of points on which two records agree: the name (alike), the headline amount (equal), and each
    /// indicator (the same tree and path), out of two plus the indicators of the record that has more.
    /// </summary>
    private static double Agreement(RecordSummary before, RecordSummary after)
    {
        var paths = before.Targets.Select(Key).ToHashSet(StringComparer.Ordinal);
        var common = after.Targets.Select(Key).Distinct(StringComparer.Ordinal).Count(paths.Contains);
        var points = (UnitIdentity.Likeness(before.Name, after.Name) >= AlikeNames ? 1 : 0)
            + (before.Amount is not null && before.Amount == after.Amount ? 1 : 0)
            + common;
        return (double)points / (2 + Math.Max(before.Targets.Length, after.Targets.Length));
    }

    /// <summary>The indicators of one record in two years: the same ones, the renamed ones, and those only one year has.</summary>
    public static IndicatorMatching Indicators(IReadOnlyList<IndicatorTarget> before, IReadOnlyList<IndicatorTarget> after)
    {
        var same = new List<(IndicatorTarget, IndicatorTarget)>();
        var renamed = new List<(IndicatorTarget, IndicatorTarget)>();
        var left = before.ToList();
        var right = after.ToList();
        foreach (var target in after)
        {
            var match = left.FirstOrDefault(b => Key(b) == Key(target));
            if (match is null) continue;
            same.Add((match, target));
            left.Remove(match);
            right.Remove(target);
        }

        var alike =
            from a in right
            from b in left
            where Group(a) == Group(b)
            let likeness = UnitIdentity.Likeness(b.Level3, a.Level3)
            where likeness >= AlikeNames
            orderby likeness descending, right.IndexOf(a), left.IndexOf(b)
            select (Before: b, After: a);
        foreach (var (b, a) in alike.ToList())
        {
            if (!left.Contains(b) || !right.Contains(a)) continue;
            renamed.Add((b, a));
            left.Remove(b);
            right.Remove(a);
        }
        return new IndicatorMatching(same, renamed, right, left);
    }

    /// <summary>An indicator's identity: its tree and its path of level names, as people read names.</summary>
    private static string Key(IndicatorTarget target) => Group(target) + "\n" + UnitIdentity.Normalised(target.Level3);

    /// <summary>The tree and the 一级 and 二级指标 an indicator is under.</summary>
    private static string Group(IndicatorTarget target) =>
        target.Tree + "\n" + UnitIdentity.Normalised(target.Level1) + "\n" + UnitIdentity.Normalised(target.Level2);
}
