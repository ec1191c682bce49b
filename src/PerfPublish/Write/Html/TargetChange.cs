namespace PerfPublish.Write.Html;

/// <summary>An indicator of a continuing record whose target value changed; <see cref="Target"/> holds the new value.</summary>
public sealed record TargetChange(string Project, IndicatorTarget Target, string Before);
