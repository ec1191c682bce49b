using System.Collections.Immutable;

namespace PerfPublish.Model;

/// <summary>One 预算项目 with its performance-target table; Order comes from the file name's number.</summary>
public sealed record Project(
    int Order,
    string Code,
    string Name,
    Budget Budget,
    string Purpose,
    SpendingPlan SpendingPlan,
    ImmutableArray<string> Goals,
    ImmutableArray<FirstLevelIndicator> Indicators,
    Origin Origin)
{
    /// <summary>
    /// Keys whose values could not be read, wholly or in part (each already reported as an error); they
    /// stand empty or hold only what could be read. As for <see cref="Publication.Unread"/>, the rest is
    /// still checked, and rules that need one of these keys pass over the project.
    /// </summary>
    public ImmutableHashSet<string> Unread { get; init; } = [];

    public bool Read(string key) => !Unread.Contains(key);
}

/// <summary>预算数 and its two sources, in the publication's currency unit.</summary>
public sealed record Budget(decimal Total, decimal Fiscal, decimal Other, Origin Origin);

/// <summary>资金支出计划: cumulative percentages spent by each checkpoint of the year.</summary>
public sealed record SpendingPlan(decimal March, decimal June, decimal October, decimal December, Origin Origin)
{
    /// <summary>The checkpoints with their YAML keys, in the order of the year.</summary>
    public IReadOnlyList<(string Key, decimal Percent)> Checkpoints =>
        [("march", March), ("june", June), ("october", October), ("december", December)];

    public IReadOnlyList<decimal> Percentages => [.. Checkpoints.Select(c => c.Percent)];
}

public sealed record FirstLevelIndicator(string Name, ImmutableArray<SecondLevelIndicator> Groups, Origin Origin);

public sealed record SecondLevelIndicator(string Name, ImmutableArray<Indicator> Items, Origin Origin);

/// <summary>One 三级指标 row of the indicator grid.</summary>
public sealed record Indicator(string Name, string Description, string Value, string Basis, Origin Origin);
