using System.Collections.Immutable;
using System.Globalization;
using PerfPublish.Compose;
using PerfPublish.Model;

namespace PerfPublish.Write.Data;

/// <summary>
/// The publication's tables as open data: one row per project for the budgets (with the spending
/// plan), one row per 三级指标 for the indicators. Each row carries the year and unit code, so the
/// files of many publications can be stacked into one table.
/// </summary>
public static class OpenDataTables
{
    private static readonly DataField Year = new("year", FieldType.Integer, "预算年度", "The budget year of the publication.");
    private static readonly DataField UnitCode = new("unit_code", FieldType.String, "单位编码", "The code of the budget unit.");
    private static readonly DataField ProjectOrder = new("project_order", FieldType.Integer, "序号", "The project's number in the publication (1, 2, …).");
    private static readonly DataField ProjectCode = new("project_code", FieldType.String, "项目编码", "The budget project's code.");
    private static readonly DataField ProjectName = new("project_name", FieldType.String, "项目名称", "The budget project's name.");

    public const string BudgetsName = "budgets";
    public const string IndicatorsName = "indicators";

    public static IReadOnlyList<DataTable> All(Publication publication) => [Budgets(publication), Indicators(publication)];

    public static DataTable Budgets(Publication publication) => BudgetsSchema(publication.Slug, publication.CurrencyUnit) with
    {
        Rows = [.. publication.Projects.Select(project => Row(
            [
                Integer(publication.Year), publication.Unit.Code, Integer(project.Order), project.Code, project.Name,
                Amount(project.Budget.Total), Amount(project.Budget.Fiscal), Amount(project.Budget.Other), project.Purpose,
                .. project.SpendingPlan.Percentages.Select(Amount),
            ]))],
    };

    /// <summary>The budgets table of a publication without its rows: what the site-wide table is described by.</summary>
    public static DataTable BudgetsSchema(string slug, string currency)
    {
        ImmutableArray<DataField> fields =
        [
            Year, UnitCode, ProjectOrder, ProjectCode, ProjectName,
            new("budget_total", FieldType.Number, $"预算数（{currency}）", $"The project's budget, in {currency}: fiscal plus other funds."),
            new("budget_fiscal", FieldType.Number, $"其中：财政资金（{currency}）", $"The part of the budget from fiscal funds, in {currency}."),
            new("budget_other", FieldType.Number, $"其他资金（{currency}）", $"The part of the budget from other funds, in {currency}."),
            new("purpose", FieldType.String, "资金用途", "What the money is for, as published."),
            new("spent_by_march_percent", FieldType.Number, "资金支出计划：3月底（%）", "Cumulative share of the budget planned to be spent by the end of March, in percent."),
            new("spent_by_june_percent", FieldType.Number, "资金支出计划：6月底（%）", "Cumulative share planned by the end of June, in percent."),
            new("spent_by_october_percent", FieldType.Number, "资金支出计划：10月底（%）", "Cumulative share planned by the end of October, in percent."),
            new("spent_by_december_percent", FieldType.Number, "资金支出计划：12月底（%）", "Cumulative share planned by the end of December, in percent."),
        ];
        return new DataTable(BudgetsName, FileName(slug, BudgetsName), "预算项目预算数及资金支出计划", fields, [], [ProjectCode.Name]);
    }

    public static DataTable Indicators(Publication publication) => IndicatorsSchema(publication.Slug) with
    {
        Rows =
        [
            .. from project in publication.Projects
            from first in project.Indicators
            from second in first.Groups
            from item in second.Items
            select Row(
            [
                Integer(publication.Year), publication.Unit.Code, Integer(project.Order), project.Code, project.Name,
                first.Name, second.Name, item.Name, item.Description, item.Value, item.Basis,
            ]),
        ],
    };

    /// <summary>The indicators table of a publication without its rows.</summary>
    public static DataTable IndicatorsSchema(string slug)
    {
        ImmutableArray<DataField> fields =
        [
            Year, UnitCode, ProjectOrder, ProjectCode, ProjectName,
            new("level1", FieldType.String, "一级指标", "First-level indicator."),
            new("level2", FieldType.String, "二级指标", "Second-level indicator."),
            new("level3", FieldType.String, "三级指标", "Third-level indicator: the row's own indicator."),
            new("description", FieldType.String, "绩效指标描述", "What the indicator measures."),
            new("value", FieldType.String, "指标值", "The target value, as published (e.g. ≥95%)."),
            new("basis", FieldType.String, "指标值确定依据", "Why the target value was chosen."),
        ];
        return new DataTable(IndicatorsName, FileName(slug, IndicatorsName), "预算项目绩效指标", fields, [], [],
            new ForeignKey([ProjectCode.Name], BudgetsName, [ProjectCode.Name]));
    }

    /// <summary>A publication's CSV of one table, in the publication's folder.</summary>
    private static string FileName(string slug, string name) => $"{slug}-{name}.csv";

    private static ImmutableArray<string> Row(ImmutableArray<string> cells) => cells;

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Amounts and percentages as the page prints them (6.00), with a point, whatever the culture.</summary>
    private static string Amount(decimal value) => TemplateFunctions.Amount(value);
}
