using System.Collections.Immutable;
using System.Text.Json;
using PerfPublish.Compose;

namespace PerfPublish.Write.Data;

/// <summary>
/// The open data of the whole site, under data/: one row per publication with its unit and totals
/// (units.csv), every publication's budget and indicator tables stacked into one each (budgets.csv,
/// indicators.csv: their rows carry the year and unit code already), all of it as one JSON (site.json),
/// and the datapackage.json that describes them.
/// </summary>
public static class SiteOpenData
{
    public const string Folder = "data/";

    public static IReadOnlyDictionary<string, byte[]> Files(IReadOnlyList<PublicationSummary> publications)
    {
        var ordered = publications.OrderBy(p => p.Year).ThenBy(p => p.UnitCode, StringComparer.Ordinal).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var tables = new List<DataTable> { Units(ordered) };
        if (ordered.Count > 0)
        {
            tables.Add(Stacked(ordered[0].Budgets, ordered.Select(p => p.Budgets), OpenDataTables.BudgetsName, "各单位预算项目预算数及资金支出计划"));
            tables.Add(Stacked(ordered[0].Indicators, ordered.Select(p => p.Indicators), OpenDataTables.IndicatorsName, "各单位预算项目绩效指标"));
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [Folder + "site.json"] = Json(ordered),
            [Folder + DataPackageWriter.FileName] = DataPackageWriter.Write("perfpublish-site", "部门预算绩效目标公开：全部单位",
                "本站全部单位、全部年度的部门预算绩效目标开放数据：各单位预算合计、各预算项目的预算数及资金支出计划、绩效指标（CSV，UTF-8），以及全部内容（JSON）。",
                new JsonFile("site", "site.json", "全部单位的预算与绩效目标（JSON）",
                    "Every publication: year, unit (code, name, category), currency unit, budget total, and each project's budget, spending plan and indicators with their target values."),
                tables),
        };
        foreach (var table in tables) files[Folder + table.FileName] = CsvWriter.Write(table);
        return files;
    }

    private static DataTable Units(IReadOnlyList<PublicationSummary> publications)
    {
        ImmutableArray<DataField> fields =
        [
            new("year", FieldType.Integer, "预算年度", "The budget year of the publication."),
            new("unit_code", FieldType.String, "单位编码", "The code of the budget unit."),
            new("unit_name", FieldType.String, "单位名称", "The name of the budget unit."),
            new("category", FieldType.String, "单位类别", "The unit's department or category; empty where the publication names none."),
            new("project_count", FieldType.Integer, "项目数", "How many budget projects the publication has."),
            new("budget_total", FieldType.Number, "预算数合计", "The sum of the projects' budgets, in currency_unit."),
            new("currency_unit", FieldType.String, "金额单位", "The currency unit of the amounts (万元 in most publications)."),
            new("page", FieldType.String, "网页", "The publication's page, relative to the site root."),
        ];
        var rows = publications.Select(p => ImmutableArray.Create(
            p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), p.UnitCode, p.UnitName, p.Category ?? "",
            p.Projects.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), TemplateFunctions.Amount(p.BudgetTotal), p.CurrencyUnit, p.Href));
        return new DataTable("units", "units.csv", "各单位预算合计", fields, [.. rows], ["year", "unit_code"]);
    }

    /// <summary>
    /// The publications' tables of one kind as one: the same fields (the first publication's, whose
    /// titles name its currency unit), all rows, keyed by year and project code across the site.
    /// </summary>
    private static DataTable Stacked(DataTable first, IEnumerable<DataTable> tables, string name, string title) =>
        first with
        {
            Name = name,
            FileName = name + ".csv",
            Title = title,
            Rows = [.. tables.SelectMany(t => t.Rows)],
            PrimaryKey = first.PrimaryKey.IsEmpty ? [] : ["year", .. first.PrimaryKey],
            ForeignKey = first.ForeignKey is { } key ? key with { Fields = ["year", .. key.Fields], ReferenceFields = ["year", .. key.ReferenceFields] } : null,
        };

    private static byte[] Json(IReadOnlyList<PublicationSummary> publications) => JsonFiles.Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("publications");
        foreach (var p in publications) Publication(json, p);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Publication(Utf8JsonWriter json, PublicationSummary p)
    {
        json.WriteStartObject();
        json.WriteString("id", p.Slug);
        json.WriteString("title", p.Title);
        json.WriteNumber("year", p.Year);
        json.WriteStartObject("unit");
        json.WriteString("code", p.UnitCode);
        json.WriteString("name", p.UnitName);
        json.WriteEndObject();
        if (p.Category is { } category) json.WriteString("category", category);
        json.WriteString("currency_unit", p.CurrencyUnit);
        json.WriteNumber("budget_total", p.BudgetTotal);
        json.WriteString("page", p.Href);
        json.WriteStartArray("projects");
        foreach (var project in p.Projects)
        {
            json.WriteStartObject();
            json.WriteString("code", project.Code);
            json.WriteString("name", project.Name);
            JsonFiles.Budget(json, project.Total, project.Fiscal, project.Other);
            json.WriteStartArray("spending_plan_percent");
            foreach (var percent in project.SpendingPlan) json.WriteNumberValue(percent);
            json.WriteEndArray();
            json.WriteStartArray("indicators");
            foreach (var target in project.Indicators)
            {
                json.WriteStartObject();
                json.WriteString("level1", target.Level1);
                json.WriteString("level2", target.Level2);
                json.WriteString("level3", target.Level3);
                json.WriteString("value", target.Value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
