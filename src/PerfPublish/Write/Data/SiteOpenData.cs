using System.Collections.Immutable;
using System.Text.Json;
using PerfPublish.Compose;
using PerfPublish.Forms;

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

    /// <summary>
    /// Writes the site's open data to <paramref name="site"/>, which already holds every publication's own
    /// CSVs: the site-wide ones are stacked from them file by file, and site.json is written publication
    /// by publication, so neither is held in memory whole.
    /// </summary>
    public static void Write(IReadOnlyList<PublicationSummary> publications, FormCatalog forms, ISiteOutput site)
    {
        var ordered = publications.OrderBy(p => p.Year).ThenBy(p => p.UnitCode, StringComparer.Ordinal).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var units = Units(ordered);
        var stacked = Stacked(ordered, forms);

        using (var json = site.Create(Folder + "site.json")) JsonFiles.WriteTo(json, writer => Json(writer, ordered));
        site.Write(Folder + DataPackageWriter.FileName, DataPackageWriter.Write("perfpublish-site", "部门预算绩效目标公开：全部单位",
            "本站全部单位、全部年度的部门预算绩效目标开放数据：各单位预算合计、各预算项目的预算数及资金支出计划、绩效指标（CSV，UTF-8），以及全部内容（JSON）。",
            new JsonFile("site", "site.json", "全部单位的预算与绩效目标（JSON）",
                "Every publication: year, unit (code, name, category), currency unit, budget total, and each project's budget, spending plan and indicators with their target values."),
            [units, .. stacked.Select(s => s.Table)]));
        site.Write(Folder + units.FileName, CsvWriter.Write(units));
        foreach (var (table, files) in stacked)
        {
            using var csv = site.Create(Folder + table.FileName);
            CsvWriter.Stack(csv, table, files.Select(path => (path, (Func<Stream>)(() => site.Open(path)))));
        }
    }

    /// <summary>
    /// The site-wide tables stacked from the publications' own, as the index links them: the seed form's
    /// under the names the index has always given them, another form's under its table's title.
    /// </summary>
    public static IReadOnlyList<SiteTableLink> TableLinks(IReadOnlyList<PublicationSummary> publications, FormCatalog forms) =>
        [.. Stacked(publications, forms).Select(s => new SiteTableLink(Folder + s.Table.FileName,
            SeedLinks.TryGetValue(s.Table.Name, out var label) ? label : s.Table.Title))];

    /// <summary>A publication without projects (a department form alone) wrote no project tables to stack.</summary>
    private static List<(DataTable Table, string[] Files)> Stacked(IEnumerable<PublicationSummary> publications, FormCatalog forms) =>
        [.. publications.Where(p => !p.Records.IsEmpty).GroupBy(p => p.Form, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Where(g => forms.Find(g.Key) is not null)
            .SelectMany(g => StackedTables(forms.Find(g.Key)!, [.. g]))];

    private static readonly Dictionary<string, string> SeedLinks = new(StringComparer.Ordinal)
    {
        [OpenDataTables.BudgetsName] = "各项目预算数",
        [OpenDataTables.IndicatorsName] = "绩效指标",
    };

    private static DataTable Units(IReadOnlyList<PublicationSummary> publications)
    {
        ImmutableArray<DataField> fields =
        [
            new("year", ColumnType.Integer, "预算年度", "The budget year of the publication."),
            new("unit_code", ColumnType.String, "单位编码", "The code of the budget unit."),
            new("unit_name", ColumnType.String, "单位名称", "The name of the budget unit."),
            new("category", ColumnType.String, "单位类别", "The unit's department or category; empty where the publication names none.", Required: false),
            new("project_count", ColumnType.Integer, "项目数", "How many budget projects the publication has."),
            new("budget_total", ColumnType.Number, "预算数合计",
                "The sum of the projects' headline amounts (预算数, or what the project form calls it), in currency_unit; empty where the publication has no project table or its form no amount.",
                Required: false),
            new("currency_unit", ColumnType.String, "金额单位", "The currency unit of the amounts (万元 in most publications)."),
            new("page", ColumnType.String, "网页", "The publication's page, relative to the site root."),
        ];
        var rows = publications.Select(p => ImmutableArray.Create(
            p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), p.UnitCode, p.UnitName, p.Category ?? "",
            p.Records.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Total is { } total ? TemplateFunctions.Amount(total) : "",
            p.CurrencyUnit, p.Href));
        return new DataTable("units", "units.csv", "各单位预算合计", fields, [.. rows], ["year", "unit_code"]);
    }

    /// <summary>
    /// The tables of the publications whose projects are in one form, each stacked into one: the same fields
    /// (the first publication's, whose titles name its currency unit), keyed by year and project code across
    /// the site; its rows are each publication's own file's. The seed's form keeps the names budgets.csv and
    /// indicators.csv; another form's tables are named after it (&lt;form&gt;-&lt;table&gt;.csv), so two forms never mix columns.
    /// </summary>
    private static IEnumerable<(DataTable Table, string[] Files)> StackedTables(FormProfile profile, IReadOnlyList<PublicationSummary> publications)
    {
        var first = OpenDataTables.Schemas(profile, publications[0].Slug, publications[0].CurrencyUnit);
        var own = publications.Select(p => (p.Slug, Tables: OpenDataTables.Schemas(profile, p.Slug, p.CurrencyUnit))).ToList();
        var seed = profile.Id == FormCatalog.DefaultProject;
        for (var i = 0; i < first.Count; i++)
        {
            var table = first[i];
            var name = seed ? table.Name : $"{profile.Id}-{table.Name}";
            yield return (table with
            {
                Name = name,
                FileName = name + ".csv",
                Title = seed && SeedTitles.TryGetValue(table.Name, out var title) ? title : $"各单位{table.Title}",
                PrimaryKey = table.PrimaryKey.IsEmpty ? [] : ["year", .. table.PrimaryKey],
                ForeignKey = table.ForeignKey is { } key
                    ? key with { Fields = ["year", .. key.Fields], Resource = seed ? key.Resource : $"{profile.Id}-{key.Resource}", ReferenceFields = ["year", .. key.ReferenceFields] }
                    : null,
            }, [.. own.Select(p => p.Slug + "/" + p.Tables[i].FileName)]);
        }
    }

    /// <summary>The site-wide titles of the seed form's two tables, as the site has always called them.</summary>
    private static readonly Dictionary<string, string> SeedTitles = new(StringComparer.Ordinal)
    {
        [OpenDataTables.BudgetsName] = "各单位预算项目预算数及资金支出计划",
        [OpenDataTables.IndicatorsName] = "各单位预算项目绩效指标",
    };

    private static void Json(Utf8JsonWriter json, IReadOnlyList<PublicationSummary> publications)
    {
        json.WriteStartObject();
        json.WriteStartArray("publications");
        foreach (var p in publications)
        {
            Publication(json, p);
            json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

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
        if (p.Total is { } total) json.WriteNumber("budget_total", total);
        json.WriteString("page", p.Href);
        json.WriteStartArray("projects");
        foreach (var project in p.Records) Record(json, project, p.Labels);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A project with the values its form holds: no budget where the form has no amount, no plan where it has none.</summary>
    private static void Record(Utf8JsonWriter json, RecordSummary project, Write.RecordLabels labels)
    {
        json.WriteStartObject();
        if (project.Code.Length > 0) json.WriteString("code", project.Code);
        json.WriteString("name", project.Name);
        if (project.Amount is { } amount)
        {
            // Keyed as the form's fields are (total, fiscal, other in the seed's form).
            json.WriteStartObject("budget");
            json.WriteNumber("total", amount);
            foreach (var (part, value) in labels.Parts.Zip(project.Parts))
                if (value is { } number) json.WriteNumber(part.Key, number);
            json.WriteEndObject();
        }
        if (!labels.Checkpoints.IsEmpty)
        {
            json.WriteStartArray("spending_plan_percent");
            foreach (var percent in project.SpendingPlan)
                if (percent is { } value) json.WriteNumberValue(value); else json.WriteNullValue();
            json.WriteEndArray();
        }
        json.WriteStartArray("indicators");
        foreach (var target in project.Targets)
        {
            json.WriteStartObject();
            json.WriteString("tree", target.Tree);
            json.WriteString("level1", target.Level1);
            json.WriteString("level2", target.Level2);
            json.WriteString("level3", target.Level3);
            if (target.Value is { } value) json.WriteString("value", value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
