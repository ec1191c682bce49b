using System.Collections.Immutable;
using PerfPublish.Model;

namespace PerfPublish.Write;

/// <summary>
/// One record of a form (a budget project in the seed's) as the charts, site.json and the year-over-year
/// comparison see it: its number, code, name and headline amount, the amount's parts and the cumulative
/// spending plan (in the order of the profile's <see cref="RecordLabels"/>), and its indicators' target values.
/// A value the record does not hold is null, never zero.
/// </summary>
public sealed record RecordSummary(
    int Order,
    string Code,
    string Name,
    decimal? Amount,
    ImmutableArray<decimal?> Parts,
    ImmutableArray<decimal?> SpendingPlan,
    ImmutableArray<IndicatorTarget> Targets)
{
    /// <summary>Name, code and headline amount where the profile's summary: says; parts, plan and trees as <see cref="RecordLabels.Of"/> finds them.</summary>
    public static RecordSummary Of(int order, FormRecord record)
    {
        var profile = record.Profile;
        var amount = profile.Summary.Amount;
        var parts = amount is null ? null : profile.Sums.FirstOrDefault(s => s.Total == amount && s.Parts.Length >= 2)?.Parts;
        var plan = profile.Cumulative.FirstOrDefault()?.Fields ?? [];
        return new(order,
            profile.Summary.Code is { } code ? record.Text(code) : "",
            record.Text(profile.Summary.Name),
            amount is null ? null : record.Number(amount),
            [.. (parts ?? []).Select(record.Number)],
            [.. plan.Select(record.Number)],
            [.. from tree in record.Trees
                let target = tree.TargetColumn
                from first in tree.Levels
                from second in first.Groups
                from item in second.Items
                select new IndicatorTarget(tree.Field.Key, first.Name, second.Name, item.Name, target is null ? null : item.Text(target.Key))]);
    }
}
