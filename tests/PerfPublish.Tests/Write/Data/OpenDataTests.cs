using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema;
using PerfPublish.Tests.Support;
using PerfPublish.Write.Data;

namespace PerfPublish.Tests.Write.Data;

public class OpenDataTests
{
    private static readonly IReadOnlyDictionary<string, byte[]> Files = OpenData.Files(Seed.Publication);

    private static JsonDocument Json(string name) => JsonDocument.Parse(Files[name]);

    [Fact]
    public void A_publication_gets_its_json_two_csv_files_and_a_datapackage()
    {
        Assert.Equal(["2021-632001-budgets.csv", "2021-632001-indicators.csv", "2021-632001.json", "datapackage.json"], Files.Keys);
    }

    [Fact]
    public async Task The_json_follows_the_shipped_schema()
    {
        var schema = await JsonSchema.FromJsonAsync(Encoding.UTF8.GetString(OpenData.Schema()));

        var errors = schema.Validate(Encoding.UTF8.GetString(Files["2021-632001.json"]));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public async Task The_schema_rejects_json_that_breaks_it()
    {
        var schema = await JsonSchema.FromJsonAsync(Encoding.UTF8.GetString(OpenData.Schema()));
        var json = Encoding.UTF8.GetString(Files["2021-632001.json"]);

        Assert.NotEmpty(schema.Validate(json.Replace("\"total\": 6.00", "\"total\": \"6.00\"")));
        Assert.NotEmpty(schema.Validate(json.Replace("\"level3\":", "\"level_3\":")));
        Assert.NotEmpty(schema.Validate(json.Replace("\"type\": \"paragraph\"", "\"type\": \"heading\"")));
    }

    /// <summary>Every publication under content/, whatever its forms: its JSON validates against the schema its $schema names.</summary>
    public static TheoryData<string> Publications => [.. Directory.GetDirectories(Repo.Content).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Publications))]
    public async Task Every_publications_json_follows_the_schema_it_names(string slug)
    {
        var (json, schema) = await JsonAndSchema(slug);

        Assert.Empty(schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public async Task A_form_of_its_own_gets_a_schema_of_its_own_that_rejects_a_key_its_definition_lacks()
    {
        var (json, schema) = await JsonAndSchema("2020-418001");
        var shipped = await JsonSchema.FromJsonAsync(Encoding.UTF8.GetString(OpenData.Schema()));

        // The seed's v1 schema does not describe the central form's projects: that is why it has its own.
        Assert.NotEmpty(shipped.Validate(json));
        Assert.NotEmpty(schema.Validate(json.Replace("\"annual_funds\":", "\"annual_fund\":")));
        Assert.NotEmpty(schema.Validate(json.Replace("\"total\": 3600.00", "\"total\": \"3600.00\"")));
    }

    private static async Task<(string Json, JsonSchema Schema)> JsonAndSchema(string slug)
    {
        var diagnostics = new PerfPublish.Diagnostics.DiagnosticBag();
        var publication = PerfPublish.Load.PublicationLoader.Load(Path.Combine(Repo.Content, slug), Seed.Forms, diagnostics)! with { Slug = slug };
        var files = OpenData.Files(publication);
        var json = Encoding.UTF8.GetString(files[slug + ".json"]);
        var named = JsonDocument.Parse(json).RootElement.GetProperty("$schema").GetString()!;
        var schema = named.StartsWith("../", StringComparison.Ordinal) ? OpenData.Schema() : files[named];
        return (json, await JsonSchema.FromJsonAsync(Encoding.UTF8.GetString(schema)));
    }

    [Fact]
    public void The_embedded_schema_is_the_file_in_the_repository()
    {
        var shipped = File.ReadAllBytes(Path.Combine(Repo.Root, "schemas", "open-data", PublicationJsonWriter.SchemaFile));

        Assert.Equal(shipped, OpenData.Schema());
    }

    [Fact]
    public void The_json_has_every_value_of_the_publication()
    {
        var root = Json("2021-632001.json").RootElement;

        Assert.Equal("../schemas/publication.v1.schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal(2021, root.GetProperty("year").GetInt32());
        Assert.Equal("632001", root.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal("政府采购", root.GetProperty("objectives")[0].GetProperty("name").GetString());
        Assert.Equal(6, root.GetProperty("safeguards").GetArrayLength());
        var project = root.GetProperty("projects")[1];
        Assert.Equal("13030421MUG5OBR3ORRT9", project.GetProperty("code").GetString());
        Assert.Equal(13.00m, project.GetProperty("budget").GetProperty("total").GetDecimal());
        Assert.Equal(75m, project.GetProperty("spending_plan").GetProperty("october").GetDecimal());
        Assert.Equal(2, project.GetProperty("goals").GetArrayLength());
        var item = project.GetProperty("indicators")[0].GetProperty("groups")[0].GetProperty("items")[0];
        Assert.Equal("≥95%", item.GetProperty("value").GetString());
    }

    [Fact]
    public void Every_text_cell_of_the_seed_is_in_the_json()
    {
        var text = SeedCells.Squeeze(AllStrings(Json("2021-632001.json").RootElement));

        // Numbers are JSON numbers; their printed forms are checked by the CSV test below.
        var cells = SeedCells.All().Where(c => !decimal.TryParse(c.TrimEnd('%'), out _)).ToList();
        var missing = cells.Where(c => !text.Contains(SeedCells.Squeeze(WithoutTemplatePrefix(c))) && !IsFormLabel(c)).ToList();
        Assert.True(missing.Count == 0, "not in the JSON: " + string.Join(" | ", missing));
    }

    [Fact]
    public void The_csv_files_are_utf8_with_a_byte_order_mark_and_crlf_lines()
    {
        foreach (var name in Files.Keys.Where(n => n.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var bytes = Files[name];
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            var text = Encoding.UTF8.GetString(bytes[3..]);
            Assert.EndsWith("\r\n", text);
            Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        }
    }

    [Fact]
    public void The_budgets_csv_has_a_row_per_project_with_the_printed_amounts()
    {
        var lines = Lines("2021-632001-budgets.csv");

        Assert.Equal("year,unit_code,project_order,project_code,project_name,budget_total,budget_fiscal,budget_other,purpose," +
            "spent_by_march_percent,spent_by_june_percent,spent_by_october_percent,spent_by_december_percent", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("2021,632001,2,13030421MUG5OBR3ORRT9,评审费,13.00,13.00,0.00,", lines[2]);
        Assert.EndsWith(",20.00,50.00,75.00,100.00", lines[2]);
    }

    [Fact]
    public void The_indicators_csv_has_a_row_per_third_level_indicator()
    {
        var lines = Lines("2021-632001-indicators.csv");
        var rows = Seed.Publication.Projects.Sum(p => p.Indicators().Sum(f => f.Groups.Sum(g => g.Items.Length)));

        Assert.Equal("year,unit_code,project_order,project_code,project_name,level1,level2,level3,description,value,basis", lines[0]);
        Assert.Equal(rows + 1, lines.Length);
        Assert.Equal("2021,632001,1,13030421K8U6FQHZNYVC1,国有土地交易中心运行费用,产出指标,数量指标,交易数量,进行土地交易数量,100%,年度工作计划", lines[1]);
    }

    [Fact]
    public void The_datapackage_describes_each_file_with_the_columns_it_has()
    {
        var package = Json("datapackage.json").RootElement;

        Assert.Equal("2021-632001", package.GetProperty("name").GetString());
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(["2021-632001.json", "2021-632001-budgets.csv", "2021-632001-indicators.csv"],
            resources.Select(r => r.GetProperty("path").GetString()));
        foreach (var resource in resources.Where(r => r.GetProperty("format").GetString() == "csv"))
        {
            var header = Lines(resource.GetProperty("path").GetString()!)[0];
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray();
            Assert.Equal(header, string.Join(',', fields.Select(f => f.GetProperty("name").GetString())));
            Assert.All(resource.GetProperty("schema").GetProperty("fields").EnumerateArray(),
                f => Assert.Contains(f.GetProperty("type").GetString(), new[] { "string", "integer", "number" }));
        }
        var foreignKey = resources[2].GetProperty("schema").GetProperty("foreignKeys")[0];
        Assert.Equal("budgets", foreignKey.GetProperty("reference").GetProperty("resource").GetString());
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("-5%", "-5%")]
    [InlineData("+3.5", "+3.5")]
    [InlineData("≥95%", "≥95%")]
    [InlineData("年度工作计划", "年度工作计划")]
    public void Text_cells_that_a_spreadsheet_would_run_as_a_formula_are_made_inert(string cell, string written) =>
        Assert.Equal(written, CsvWriter.Inert(cell));

    [Fact]
    public void Cells_with_commas_quotes_and_line_breaks_are_quoted()
    {
        var table = OpenDataTables.All(Seed.Publication).Single(t => t.Name == OpenDataTables.BudgetsName) with
        {
            Rows = [["2021", "1", "1", "a,b", "say \"hi\"", "1.00", "1.00", "0.00", "line\nbreak", " edge", "0", "0", "100"]],
        };

        var text = Encoding.UTF8.GetString(CsvWriter.Write(table)[3..]);

        Assert.EndsWith("2021,1,1,\"a,b\",\"say \"\"hi\"\"\",1.00,1.00,0.00,\"line\nbreak\",\" edge\",0,0,100\r\n", text);
    }

    [Fact]
    public void Stacked_csv_files_are_one_header_and_every_files_rows_as_if_written_as_one_table()
    {
        var budgets = OpenDataTables.All(Seed.Publication).Single(t => t.Name == OpenDataTables.BudgetsName);
        var half = budgets.Rows.Length / 2;
        var parts = new[] { budgets with { Rows = budgets.Rows[..half] }, budgets with { Rows = [] }, budgets with { Rows = budgets.Rows[half..] } };
        using var stacked = new MemoryStream();

        CsvWriter.Stack(stacked, budgets with { Rows = [] },
            parts.Select((part, i) => ($"part{i}.csv", (Func<Stream>)(() => new MemoryStream(CsvWriter.Write(part))))));

        Assert.Equal(CsvWriter.Write(budgets), stacked.ToArray());
    }

    [Fact]
    public void A_file_of_another_table_is_not_stacked_under_a_header_it_does_not_have()
    {
        var indicators = CsvWriter.Write(OpenDataTables.All(Seed.Publication).Single(t => t.Name == OpenDataTables.IndicatorsName));

        var error = Assert.Throws<InvalidDataException>(() => CsvWriter.Stack(Stream.Null, OpenDataTables.All(Seed.Publication).Single(t => t.Name == OpenDataTables.BudgetsName),
            [("2021-632001-indicators.csv", () => new MemoryStream(indicators))]));

        Assert.Contains("2021-632001-indicators.csv", error.Message);
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        var again = OpenData.Files(Seed.Publication);

        Assert.All(Files, file => Assert.Equal(file.Value, again[file.Key]));
    }

    private static string[] Lines(string name) =>
        Encoding.UTF8.GetString(Files[name][3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static string AllStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Object => string.Concat(element.EnumerateObject().Select(p => AllStrings(p.Value))),
        JsonValueKind.Array => string.Concat(element.EnumerateArray().Select(AllStrings)),
        _ => "",
    };

    /// <summary>
    /// Text the templates write, not the content: the form's labels (th), headings, captions and the
    /// unit line. In the JSON those are keys and structure, not values.
    /// </summary>
    private static readonly HashSet<string> TemplateTexts = [.. new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Seed.Markup)
        .QuerySelectorAll("table.project-form th, table.indicators thead th, h2, h3, caption, .unit-line span, nav")
        .Select(e => SeedCells.Squeeze(e.TextContent))];

    private static bool IsFormLabel(string cell) =>
        TemplateTexts.Any(t => t.Contains(SeedCells.Squeeze(cell), StringComparison.Ordinal));

    /// <summary>The numbering (1. and （一）) and labels (绩效目标：) the templates put before a content text.</summary>
    private static string WithoutTemplatePrefix(string cell) => Regex.Replace(cell, @"^(\d+\.|（[一二三四五六七八九十]+）|绩效目标：|绩效指标：)", "");
}
