using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfPublish.Load;
using PerfPublish.Validate;

namespace PerfPublish.Forms;

/// <summary>
/// The JSON Schema of a profile's content files (schemas/forms/&lt;id&gt;.schema.json), generated from its
/// definition so editors get completion and Chinese descriptions for exactly the fields the loader reads.
/// `build.ps1 schemas` writes them; a test keeps the committed files equal to what this gives.
/// </summary>
public static class FormSchema
{
    public const string Folder = "forms";

    /// <summary>No character that is not text (PP0003, see <see cref="NonText"/>), and not blank.</summary>
    public static string TextPattern { get; } = $@"^(?![\s\S]*{NonText.Pattern})[\s\S]*\S[\s\S]*$";

    /// <summary>
    /// A 指标值 as <see cref="IndicatorValue"/> reads it: a comparison (≥ ≤ ＝ &gt; &lt; ＞ ＜, not '&gt;=' or a plain '=')
    /// or a number, each with a unit; or a text that does not start like one; never a placeholder mark.
    /// </summary>
    private static readonly string TargetPattern =
        $@"^(?![\s\S]*{NonText.Pattern})(?![\s\S]*[*_]{{2}})\s*(?!>=|=>|<=|=<|≧|≦|≥=|≤=|=)(?:[≥≤＝><＞＜]\s*[0-9]+(?:\.[0-9]+)?(?![0-9]|\.[0-9])\s*(?![*_])\S[\s\S]*|[0-9]+(?:\.[0-9]+)?(?![0-9]|\.[0-9])\s*(?![*_])\S[\s\S]*|[^\s≥≤＝=><＞＜0-9０-９*_\-][\s\S]*|-[0-9][\s\S]*)$";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // A schema is read by editors, not served to browsers: '+' and quotes stay as they are written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema file's name for a profile, relative to schemas/.</summary>
    public static string FileName(FormProfile profile) => $"{Folder}/{profile.Id}.schema.json";

    public static string Generate(FormProfile profile, IReadOnlyDictionary<string, Framework> frameworks)
    {
        var levels = profile.Frameworks.Where(frameworks.ContainsKey).Select(f => frameworks[f]).ToList();
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = profile.Kind == FormKind.Project ? $"{profile.Name}（projects/NN-名称.yaml）" : $"{profile.Name}（{PublicationLoader.DepartmentFile}）",
            ["description"] = profile.Kind == FormKind.Project
                ? $"表式 {profile.Id} 的一张项目表；文件名开头的数字是它的顺序号。由 templates/forms/{profile.Id}/form.yaml 生成，请勿手改。"
                : $"表式 {profile.Id} 的部门整体表。由 templates/forms/{profile.Id}/form.yaml 生成，请勿手改。",
        };
        foreach (var (key, value) in Object(profile.Fields, levels)) schema[key] = value?.DeepClone();
        return Serialize(schema);
    }

    /// <summary>
    /// One record as the open data's JSON writes it: the content file's shape under the same keys, and a
    /// project's order. What <see cref="Write.Data.PublicationJsonSchema"/> puts into a publication's schema.
    /// </summary>
    public static JsonObject Record(FormProfile profile, IReadOnlyList<Framework> levels) =>
        profile.Kind == FormKind.Project
            ? Object(profile.Fields, levels, ("order", new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["description"] = "序号（项目文件名开头的数字）。" }))
            : Object(profile.Fields, levels);

    /// <summary>
    /// The schema of form.yaml itself (schemas/form-profile.schema.json), from the keys and types the
    /// profile loader reads, so a profile's author gets completion for them too.
    /// </summary>
    public static string ForProfiles()
    {
        var text = new JsonObject { ["type"] = "string", ["minLength"] = 1 };
        var paths = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = text.DeepClone() };
        var field = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("label", "type"),
            ["properties"] = new JsonObject
            {
                ["label"] = Titled(text, "中文标签：表上印的名称，导入 Word 表时据此识别"),
                ["aliases"] = Titled(paths, "别的单位的表上对同一格的其他印法（如“实施期目标”之于“中期目标”），导入 Word 表时也据此识别"),
                ["type"] = new JsonObject { ["enum"] = new JsonArray([.. Enum.GetNames<FieldType>().Select(n => (JsonNode)n.ToLowerInvariant())]) },
                ["required"] = new JsonObject { ["type"] = "boolean", ["default"] = true },
                ["description"] = Titled(text, "给编辑人员看的说明（进入 JSON Schema）"),
                ["max_length"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
                ["data"] = Titled(text, "开放数据中的列名（默认：路径以下划线相连；表格和指标的列为其键）"),
                ["data_title"] = Titled(text, "开放数据列的中文标题，{currency} 代表金额单位"),
                ["data_note"] = Titled(text, "开放数据列的英文说明（datapackage.json）"),
                ["role"] = new JsonObject { ["enum"] = new JsonArray("target", "score", "standard") },
                ["fields"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["$ref"] = "#/definitions/field" } },
                ["columns"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["$ref"] = "#/definitions/field" } },
                ["total"] = Titled(text, "存放该表格某列合计的字段"),
            },
        };
        JsonObject Check(params (string Key, JsonNode Schema, bool Required)[] keys) => new()
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray([.. keys.Where(k => k.Required).Select(k => (JsonNode)k.Key)]),
            ["properties"] = new JsonObject([.. keys.Select(k => KeyValuePair.Create(k.Key, (JsonNode?)k.Schema.DeepClone()))]),
        };
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "表式定义（templates/forms/<id>/form.yaml）",
            ["description"] = "一种表式的字段、类型、勾稽关系和接受的指标框架；见 docs/forms.md。由 PerfPublish 生成，请勿手改。",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("id", "name", "kind", "frameworks", "summary", "fields"),
            ["definitions"] = new JsonObject { ["field"] = field },
            ["properties"] = new JsonObject
            {
                ["id"] = Titled(text, "表式编号，与文件夹名相同"),
                ["name"] = Titled(text, "表式名称"),
                ["kind"] = new JsonObject { ["enum"] = new JsonArray("project", "department") },
                ["frameworks"] = Titled(paths, "接受的绩效指标框架（templates/frameworks/<id>.yaml）"),
                ["summary"] = Check(("name", text, true), ("code", text, false), ("amount", text, false)),
                ["data"] = Check(("name", text, true), ("title", text, true)),
                ["fields"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["$ref"] = "#/definitions/field" } },
                ["checks"] = Check(
                    ("sums", new JsonObject { ["type"] = "array", ["items"] = Check(("total", text, true), ("parts", paths, false), ("column", text, false)) }, false),
                    ("cumulative", new JsonObject { ["type"] = "array", ["items"] = Check(("fields", paths, true), ("ends_at", new JsonObject { ["type"] = "number" }, false)) }, false),
                    ("agree", new JsonObject { ["type"] = "array", ["items"] = Check(("first", text, true), ("second", text, true),
                        ("relation", new JsonObject { ["enum"] = new JsonArray("equal", "at_most") }, false)) }, false)),
            },
        };
        return Serialize(schema);
    }

    /// <summary>A schema as the repository keeps its schema files: indented, '\n' line ends, Chinese and quotes as written.</summary>
    public static string Serialize(JsonObject schema) => JsonSerializer.Serialize(schema, Options).ReplaceLineEndings("\n") + "\n";

    private static JsonObject Titled(JsonObject schema, string description, string? title = null)
    {
        var copy = (JsonObject)schema.DeepClone();
        if (title is not null) copy["title"] = title;
        copy["description"] = description;
        return copy;
    }

    private static JsonObject Object(IEnumerable<FieldDefinition> fields, IReadOnlyList<Framework> levels, params (string Key, JsonNode Schema)[] builtIn)
    {
        var list = fields.ToList();
        var properties = new JsonObject();
        foreach (var (key, value) in builtIn) properties[key] = value;
        foreach (var field in list) properties[field.Key] = Field(field, levels);
        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray([.. builtIn.Select(b => (JsonNode)b.Key), .. list.Where(f => f.Required).Select(f => (JsonNode)f.Key)]),
            ["properties"] = properties,
        };
    }

    private static JsonNode Field(FieldDefinition field, IReadOnlyList<Framework> levels)
    {
        var schema = new JsonObject { ["title"] = field.Label };
        if (field.Description is not null) schema["description"] = field.Description;
        var body = field.Type switch
        {
            FieldType.Text or FieldType.Markdown or FieldType.Period when field.Role == ColumnRole.Target => Target(),
            FieldType.Text or FieldType.Markdown or FieldType.Period => Text(field.MaxLength),
            FieldType.Amount => Amount(),
            FieldType.Percentage => new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 100 },
            FieldType.List => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Titled(Text(null), "每条一行，以“- ”开头。", "一条" + field.Label) },
            FieldType.Group => Object(field.Fields, levels),
            FieldType.Table => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Object(field.Columns, levels) },
            _ => Tree(field, levels),
        };
        foreach (var (key, value) in body) schema[key] = value?.DeepClone();
        if (field.Type == FieldType.Amount)
            schema["description"] = (field.Description is null ? "" : field.Description + " ") + "单位见 publication.yaml 的 currency_unit（万元）；不小于 0，最多两位小数。";
        return schema;
    }

    private static JsonObject Text(int? maxLength)
    {
        var text = new JsonObject { ["type"] = new JsonArray("string", "number", "boolean"), ["pattern"] = TextPattern, ["minLength"] = 1 };
        if (maxLength is { } max) text["maxLength"] = max;
        return text;
    }

    private static JsonObject Target() => new()
    {
        ["type"] = "string",
        ["pattern"] = TargetPattern,
        ["examples"] = new JsonArray("≥90%", "100%", "≤5天", "控制在预算额度内"),
    };

    private static JsonObject Amount() => new()
    {
        ["type"] = "number",
        ["minimum"] = 0,
        ["exclusiveMaximum"] = MappingReader.MaxNumber,
        ["multipleOf"] = 0.01m,
    };

    /// <summary>一级 → 二级 → 三级, the names offered from the profile's frameworks, each row with the profile's columns.</summary>
    private static JsonObject Tree(FieldDefinition tree, IReadOnlyList<Framework> levels)
    {
        var firstNames = levels.SelectMany(f => f.FirstLevels).Distinct().ToArray();
        var secondNames = levels.SelectMany(f => f.FirstLevels.SelectMany(first => f.Levels[first])).Distinct().ToArray();
        var row = Object(tree.Columns, levels, ("level3", Name("三级指标", "指标名称。", [])));
        row["title"] = "三级指标（一行）";
        var second = Object([], levels, ("level2", Name("二级指标名称", "须是所选框架在该一级指标下的二级指标。", secondNames)),
            ("items", new JsonObject
            {
                ["title"] = "三级指标",
                ["description"] = "每个三级指标一条；确无指标时写 items: []（表中该行留空，check 会提醒）。",
                ["type"] = "array",
                ["items"] = row,
            }));
        second["title"] = "二级指标";
        var first = Object([], levels, ("level1", Name("一级指标名称", $"{FrameworksNamed(levels)}中的一级指标；每个一级指标都要有。", firstNames)),
            ("groups", new JsonObject { ["title"] = "二级指标", ["type"] = "array", ["minItems"] = 1, ["items"] = second }));
        first["title"] = "一级指标";
        return new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = first };
    }

    private static string FrameworksNamed(IReadOnlyList<Framework> levels) =>
        levels.Count == 0 ? "所选框架" : $"框架（{string.Join("、", levels.Select(l => l.Id))}）";

    private static JsonObject Name(string title, string description, string[] examples)
    {
        var name = Text(TextLengthRuleLimit);
        name["title"] = title;
        name["description"] = description;
        if (examples.Length > 0) name["examples"] = new JsonArray([.. examples.Select(e => (JsonNode)e)]);
        return name;
    }

    private const int TextLengthRuleLimit = Validate.Rules.TextLengthRule.MaxIndicatorName;
}
