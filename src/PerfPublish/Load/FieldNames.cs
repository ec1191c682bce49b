using PerfPublish.Diagnostics;

namespace PerfPublish.Load;

/// <summary>
/// The Chinese name of each content key, as the official form and the JSON Schemas' titles say it.
/// Diagnostics name a key both ways, so an editor who knows the form but not the YAML finds the field.
/// </summary>
public static class FieldNames
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["title"] = "公开文件标题",
        ["year"] = "预算年度",
        ["unit"] = "预算单位",
        ["category"] = "单位类别",
        ["code"] = "编码",
        ["name"] = "名称",
        ["currency_unit"] = "金额单位",
        ["framework"] = "绩效指标框架",
        ["overall_objective"] = "总体绩效目标",
        ["objectives"] = "分项绩效目标",
        ["safeguards"] = "工作保障措施",
        ["projects"] = "预算项目",
        ["goal"] = "绩效目标",
        ["indicator"] = "绩效指标",
        ["total"] = "预算数",
        ["level1"] = "一级指标",
        ["groups"] = "二级指标列表",
        ["level2"] = "二级指标",
        ["items"] = "三级指标列表",
        ["level3"] = "三级指标",
        ["description"] = "绩效指标描述",
    };

    /// <summary>'basis' → "'basis' (指标值确定依据)" in English, "“指标值确定依据”（basis）" in Chinese.</summary>
    public static string Describe(string key) =>
        Labels.TryGetValue(key, out var label) ? Messages.Format("Field", key, label) : Messages.Format("Field_Unlabelled", key);

    public static string? Label(string key) => Labels.GetValueOrDefault(key);
}
