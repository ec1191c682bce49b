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

    /// <summary>
    /// An amount typed as text, as <see cref="TypedAmount"/> reads it (1,250.00, ２５０万, 250万元), not negative and
    /// to the fen (trailing zeros aside, as AmountFormatRule allows).
    /// </summary>
    private const string AmountPattern =
        @"^\s*(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]{1,2}[0０]*)?\s*(?:亿元|万元|千元|元|万|分)?\s*$";

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
        foreach (var (key, value) in Object(profile.Fields, new Shape(levels, Typed: true))) schema[key] = value?.DeepClone();
        return Serialize(schema);
    }

    /// <summary>
    /// One record as the open data's JSON writes it: the content file's shape under the same keys, and a
    /// project's order. What <see cref="Write.Data.PublicationJsonSchema"/> puts into a publication's schema.
    /// </summary>
    public static JsonObject Record(FormProfile profile, IReadOnlyList<Framework> levels) =>
        profile.Kind == FormKind.Project
            ? Object(profile.Fields, new Shape(levels, Typed: false), ("order", new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["description"] = "序号（项目文件名开头的数字）。" }))
            : Object(profile.Fields, new Shape(levels, Typed: false));

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
                ["role"] = new JsonObject { ["enum"] = new JsonArray([.. Enum.GetValues<ColumnRole>().Where(r => r != ColumnRole.None).Select(r => (JsonNode)FormProfileLoader.RoleName(r))]) },
                ["print"] = new JsonObject
                {
                    ["description"] = "金额的印法：as_typed 照录所填（250万、1,250.00），或 { decimals: 位数（至少）, suffix: 后缀，如 万 }；默认两位小数",
                    ["oneOf"] = new JsonArray(
                        new JsonObject { ["enum"] = new JsonArray("as_typed") },
                        Check(("decimals", new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = AmountPrint.MaxDecimals }, false), ("suffix", new JsonObject { ["type"] = "string" }, false))),
                },
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
                        ("relation", new JsonObject { ["enum"] = new JsonArray("equal", "at_most") }, false)) }, false),
                    ("scores", new JsonObject { ["type"] = "array", ["items"] = Check(("column", text, true), ("total", new JsonObject { ["type"] = "number" }, false),
                        ("ranges", new JsonObject
                        {
                            ["type"] = "object",
                            ["description"] = "一级指标 → [最小, 最大]：该一级指标各行分值之和的范围，表上印作“成本指标(0-20)分”",
                            ["additionalProperties"] = new JsonObject { ["type"] = "array", ["minItems"] = 2, ["maxItems"] = 2, ["items"] = new JsonObject { ["type"] = "number" } },
                        }, false)) }, false)),
                ["severity"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "本表式的规则级别：规则代码 → error（错误）/ warning（警告）/ off（不检查）",
                    ["propertyNames"] = new JsonObject { ["enum"] = new JsonArray([.. TunableRules.Codes.Select(c => (JsonNode)c)]) },
                    ["additionalProperties"] = new JsonObject { ["enum"] = new JsonArray("error", "warning", "off") },
                },
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

    private static JsonObject Object(IEnumerable<FieldDefinition> fields, Shape shape, params (string Key, JsonNode Schema)[] builtIn)
    {
        var list = fields.ToList();
        var properties = new JsonObject();
        foreach (var (key, value) in builtIn) properties[key] = value;
        foreach (var field in list) properties[field.Key] = Field(field, shape);
        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray([.. builtIn.Select(b => (JsonNode)b.Key), .. list.Where(f => f.Required).Select(f => (JsonNode)f.Key)]),
            ["properties"] = properties,
        };
    }

    private static JsonNode Field(FieldDefinition field, Shape shape)
    {
        var schema = new JsonObject { ["title"] = field.Label };
        if (field.Description is not null) schema["description"] = field.Description;
        var body = field.Type switch
        {
            FieldType.Text or FieldType.Markdown or FieldType.Period when field.Role == ColumnRole.Target => Target(),
            FieldType.Text or FieldType.Markdown or FieldType.Period => Text(field.MaxLength),
            FieldType.Amount => Amount(shape.Typed),
            FieldType.Percentage => new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 100 },
            FieldType.List => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Titled(Text(null), "每条一行，以“- ”开头。", "一条" + field.Label) },
            FieldType.Group => Object(field.Fields, shape),
            FieldType.Table => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Object(field.Columns, shape) },
            _ => Tree(field, shape),
        };
        foreach (var (key, value) in body) schema[key] = value?.DeepClone();
        if (field.Type == FieldType.Amount)
            schema["description"] = (field.Description is null ? "" : field.Description + " ") +
                "单位见 publication.yaml 的 currency_unit（万元）；可照表上写法填 250、250万、250万元、1,250.00；不小于 0，最多两位小数。";
        return field.Required || !field.IsScalar ? schema : Blankable(schema);
    }

    /// <summary>An optional scalar may also be left blank (null or ""): the form then prints an empty cell.</summary>
    private static JsonObject Blankable(JsonObject schema)
    {
        var filled = new JsonObject();
        foreach (var key in new[] { "type", "pattern", "minLength", "maxLength", "minimum", "exclusiveMaximum", "multipleOf", "anyOf" })
            if (schema[key] is { } value)
            {
                filled[key] = value.DeepClone();
                schema.Remove(key);
            }
        schema["anyOf"] = new JsonArray(filled, new JsonObject { ["type"] = "null" }, new JsonObject { ["type"] = "string", ["pattern"] = @"^\s*$" });
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

    /// <summary>An amount: in a content file also as typed (250万, 1,250.00); in the open data always a number.</summary>
    private static JsonObject Amount(bool typed)
    {
        var number = new JsonObject
        {
            ["type"] = "number",
            ["minimum"] = 0,
            ["exclusiveMaximum"] = MappingReader.MaxNumber,
            ["multipleOf"] = 0.01m,
        };
        if (!typed) return number;
        return new JsonObject
        {
            ["anyOf"] = new JsonArray(number, new JsonObject { ["type"] = "string", ["pattern"] = AmountPattern }),
            ["examples"] = new JsonArray(250, "250万", "1,250.00"),
        };
    }

    /// <summary>What a schema describes: the frameworks' level names, and whether amounts come as typed (a content file) or as numbers (the open data).</summary>
    private sealed record Shape(IReadOnlyList<Framework> Levels, bool Typed);

    /// <summary>一级 → 二级 → 三级, the names offered from the profile's frameworks, each row with the profile's columns.</summary>
    private static JsonObject Tree(FieldDefinition tree, Shape shape)
    {
        var firstNames = shape.Levels.SelectMany(f => f.FirstLevels).Distinct().ToArray();
        var secondNames = shape.Levels.SelectMany(f => f.FirstLevels.SelectMany(first => f.Levels[first])).Distinct().ToArray();
        var row = IndicatorRow(tree, shape);
        var second = Object([], shape, ("level2", Name("二级指标名称", "须是所选框架在该一级指标下的二级指标。", secondNames)),
            ("items", new JsonObject
            {
                ["title"] = "三级指标",
                ["description"] = "每个三级指标一条；确无指标时写 items: []（表中该行留空，check 会提醒）。",
                ["type"] = "array",
                ["items"] = row,
            }));
        second["title"] = "二级指标";
        var first = Object([], shape, ("level1", Name("一级指标名称", $"{FrameworksNamed(shape.Levels)}中的一级指标；每个一级指标都要有。", firstNames)),
            ("groups", new JsonObject { ["title"] = "二级指标", ["type"] = "array", ["minItems"] = 1, ["items"] = second }));
        first["title"] = "一级指标";
        return new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = first };
    }

    /// <summary>
    /// One 三级指标 row: its name and the profile's columns. A row without a name is a row the form prints empty
    /// (only its 二级 name, maybe a 评分标准), so any of its cells may be blank; a named row needs its required
    /// cells filled. Where a 计量单位 or 指标值类型 column stands beside the 指标值, the value alone ("10", "优良")
    /// is enough, so it is checked as text only.
    /// </summary>
    private static JsonObject IndicatorRow(FieldDefinition tree, Shape shape)
    {
        var name = Name("三级指标", "指标名称；表上该行只印二级指标（三级指标留空）时不写，这一行的各栏也都可不填。", []);
        var row = Object(tree.Columns, shape, ("level3", name));
        row["title"] = "三级指标（一行）";
        var target = tree.Columns.FirstOrDefault(c => c.Role == ColumnRole.Target);
        var unit = tree.Columns.FirstOrDefault(c => c.Role == ColumnRole.Unit);
        var valueType = tree.Columns.FirstOrDefault(c => c.Role == ColumnRole.ValueType);
        if (target is not null && (unit ?? valueType) is not null)
        {
            row["properties"]![target.Key] = Titled(Text(null), target.Description ?? "指标值；单位写在计量单位一栏。", target.Label);
            row["allOf"] = new JsonArray([.. TargetWithItsRow(target.Key, unit?.Key, valueType?.Key)]);
        }

        var properties = row["properties"]!.AsObject();
        var filled = new JsonObject();
        foreach (var key in new[] { "level3" }.Concat(tree.Columns.Where(c => c.Required && c.IsScalar).Select(c => c.Key)))
        {
            filled[key] = properties[key]!.DeepClone();
            properties[key] = Blankable(properties[key]!.DeepClone().AsObject());
        }
        row["anyOf"] = new JsonArray(
            new JsonObject { ["required"] = row["required"]!.DeepClone(), ["properties"] = filled },
            new JsonObject { ["not"] = new JsonObject { ["required"] = new JsonArray("level3") } },
            new JsonObject { ["properties"] = new JsonObject { ["level3"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["pattern"] = @"^\s*$" } } });
        row["required"] = new JsonArray();
        return row;
    }

    /// <summary>A number after an optional comparison, nothing else: the 指标值 whose unit stands in the 计量单位 column.</summary>
    private const string BareNumberPattern = @"^\s*(?:[≥≤＝><＞＜]\s*)?[0-9]+(?:\.[0-9]+)?\s*$";

    /// <summary>What starts like a quantity (定量), and what starts like words (定性), as IndicatorValue reads them.</summary>
    private const string QuantityStartPattern = @"^\s*(?:[≥≤＝><＞＜]\s*)?[0-9]";
    private const string WordsStartPattern = @"^\s*[^\s≥≤＝=><＞＜0-9０-９]";

    /// <summary>
    /// The 指标值 read together with its row, as IndicatorValueRule reads it: with a unit in the 计量单位 column it
    /// is a bare number or words, without one a whole 指标值 (number and unit, or words); 定量 needs a number and
    /// 定性 words. A blank value (a row the form prints empty) passes here; the named row requires it.
    /// </summary>
    private static IEnumerable<JsonNode> TargetWithItsRow(string value, string? unit, string? valueType)
    {
        JsonObject Value(string pattern) => new()
        {
            ["properties"] = new JsonObject
            {
                [value] = new JsonObject { ["anyOf"] = new JsonArray(Blank(), new JsonObject { ["type"] = "string", ["pattern"] = pattern }) },
            },
        };
        JsonObject Is(string key, JsonNode schema) => new() { ["required"] = new JsonArray(key), ["properties"] = new JsonObject { [key] = schema } };
        JsonObject Not(string key, JsonNode schema) => new() { ["not"] = Is(key, schema) };
        if (unit is not null)
        {
            var given = new JsonObject { ["type"] = "string", ["pattern"] = @"\S" };
            yield return new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["allOf"] = new JsonArray(Not(unit, given), Value(TargetPattern)) },
                    new JsonObject { ["allOf"] = new JsonArray(Is(unit, given.DeepClone()), Value($"{BareNumberPattern}|{WordsStartPattern}")) }),
            };
        }
        if (valueType is not null)
        {
            yield return new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    Not(valueType, new JsonObject { ["enum"] = new JsonArray(IndicatorValue.Quantitative, IndicatorValue.Qualitative) }),
                    new JsonObject { ["allOf"] = new JsonArray(Is(valueType, new JsonObject { ["enum"] = new JsonArray(IndicatorValue.Quantitative) }), Value(QuantityStartPattern)) },
                    new JsonObject { ["allOf"] = new JsonArray(Is(valueType, new JsonObject { ["enum"] = new JsonArray(IndicatorValue.Qualitative) }), Value(WordsStartPattern)) }),
            };
        }
    }

    private static JsonObject Blank() => new() { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, new JsonObject { ["type"] = "string", ["pattern"] = @"^\s*$" }) };

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
