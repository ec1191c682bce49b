using System.Text.Json.Serialization;

namespace PerfPublish.Write;

/// <summary>
/// A 三级指标 by its tree (the form's field: 中期 and 年度 are two) and its place in it, and its target value
/// (指标值); Value is null where the tree has no target column.
/// </summary>
public sealed record IndicatorTarget(string Tree, string Level1, string Level2, string Level3, string? Value)
{
    [JsonIgnore]
    public string Path => $"{Level1} › {Level2} › {Level3}";
}
