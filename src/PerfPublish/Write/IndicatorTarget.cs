using System.Text.Json.Serialization;

namespace PerfPublish.Write;

/// <summary>
/// A 三级指标 by its tree (the form's field: 中期 and 年度 are two) and its place in it, and its target value
/// (指标值); Value is null where the tree has no target column.
/// </summary>
public sealed record IndicatorTarget(string Tree, string Level1, string Level2, string Level3, string? Value)
{
    // A build holds every publication's targets until the site's shared pages are written: a tree's key and its
    // 一级/二级指标 names come from a short list, so each is held once (a fifth of the summaries at 1000 units).
    public string Tree { get; init; } = string.Intern(Tree);

    public string Level1 { get; init; } = string.Intern(Level1);

    public string Level2 { get; init; } = string.Intern(Level2);

    [JsonIgnore]
    public string Path => $"{Level1} › {Level2} › {Level3}";
}
