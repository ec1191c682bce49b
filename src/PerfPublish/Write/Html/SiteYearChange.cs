namespace PerfPublish.Write.Html;

/// <summary>
/// A year against the year before, over the same units only: how many units published in both years, how
/// many are new and how many are gone, and the change of the total over the units in both that have a total
/// in both (Compared of them; Change is null where there is none to compare, or more than one currency unit).
/// </summary>
public sealed record SiteYearChange(int PreviousYear, int Both, int New, int Gone, int Compared, string? Change)
{
    public static SiteYearChange Between(int previousYear, IReadOnlyList<PublicationSummary> before, IReadOnlyList<PublicationSummary> after)
    {
        var was = before.Select(p => p.Unit).ToHashSet(StringComparer.Ordinal);
        var now = after.Select(p => p.Unit).ToHashSet(StringComparer.Ordinal);
        var both = was.Intersect(now).ToHashSet(StringComparer.Ordinal);
        var withTotals = both.Where(unit => before.Concat(after).Where(p => p.Unit == unit).All(p => p.Total is not null)).ToHashSet(StringComparer.Ordinal);
        var compared = (Before: before.Where(p => withTotals.Contains(p.Unit)).ToList(), After: after.Where(p => withTotals.Contains(p.Unit)).ToList());
        return new(previousYear, both.Count, now.Count - both.Count, was.Count - both.Count, withTotals.Count, TotalChange(compared.Before, compared.After));
    }

    /// <summary>The change of the same units' total, in their one currency unit; null where there is no unit to compare or several currency units.</summary>
    private static string? TotalChange(List<PublicationSummary> before, List<PublicationSummary> after)
    {
        var currencies = before.Concat(after).Select(p => p.CurrencyUnit).Distinct().ToList();
        if (before.Count == 0 || currencies.Count != 1) return null;
        return PageOverview.Change(after.Sum(p => p.Total!.Value) - before.Sum(p => p.Total!.Value), currencies[0]);
    }
}
