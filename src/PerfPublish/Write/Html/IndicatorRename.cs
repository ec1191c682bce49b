namespace PerfPublish.Write.Html;

/// <summary>An indicator of a continuing record found under a new name (same tree, same 一级 and 二级指标).</summary>
public sealed record IndicatorRename(string Project, IndicatorTarget Before, IndicatorTarget After);
