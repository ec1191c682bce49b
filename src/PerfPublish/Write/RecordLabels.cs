using System.Collections.Immutable;
using PerfPublish.Forms;

namespace PerfPublish.Write;

/// <summary>
/// What a form profile calls the numbers the site shows of each record, read from its fields: the headline
/// amount (summary: amount), the parts it is the sum of (checks: sums), the cumulative spending plan
/// (checks: cumulative) with the label of the group that holds it, and the indicator trees. A form without
/// one of them has null or an empty list there, and the site shows nothing for it: no column, no zero.
/// </summary>
public sealed record RecordLabels(
    string? Amount,
    ImmutableArray<FieldLabel> Parts,
    string? Plan,
    ImmutableArray<FieldLabel> Checkpoints,
    ImmutableArray<FieldLabel> Trees)
{
    public static RecordLabels None { get; } = new(null, [], null, [], []);

    public static RecordLabels Of(FormProfile profile)
    {
        var amount = profile.Summary.Amount is { } path ? profile.Find(path) : null;
        var parts = amount is null ? null : profile.Sums.FirstOrDefault(s => s.Total == amount.Path && s.Parts.Length >= 2)?.Parts;
        var plan = profile.Cumulative.FirstOrDefault()?.Fields ?? [];
        return new(
            amount?.Label,
            [.. (parts ?? []).Select(p => Labelled(profile.Find(p)!))],
            plan.IsEmpty ? null : GroupLabel(profile, plan),
            [.. plan.Select(p => Labelled(profile.Find(p)!))],
            [.. profile.AllFields.Where(f => f.Type == Forms.FieldType.Indicators).Select(Labelled)]);
    }

    /// <summary>The label a tree is printed under (中期绩效指标), by its key.</summary>
    public string TreeLabel(string key) => Trees.FirstOrDefault(t => t.Key == key)?.Label ?? key;

    private static FieldLabel Labelled(FieldDefinition field) => new(field.Key, field.Label);

    /// <summary>The label of the group that holds the plan's fields (资金支出计划), or null when they are not in one group.</summary>
    private static string? GroupLabel(FormProfile profile, ImmutableArray<string> fields)
    {
        var groups = fields.Select(f => f.Contains('.') ? f[..f.LastIndexOf('.')] : "").Distinct().ToList();
        return groups is [{ Length: > 0 } group] ? profile.Find(group)?.Label : null;
    }
}
