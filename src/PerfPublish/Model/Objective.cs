namespace PerfPublish.Model;

/// <summary>One 分项绩效目标: a line of work with its goal and its indicator.</summary>
public sealed record Objective(string Name, string Goal, string Indicator, Origin Origin);
