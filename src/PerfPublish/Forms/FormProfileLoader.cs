using System.Collections.Immutable;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using YamlDotNet.RepresentationModel;

namespace PerfPublish.Forms;

/// <summary>
/// Reads one profile folder's form.yaml into a <see cref="FormProfile"/>. What is wrong in it is reported
/// at its line and column; a profile with any error is not returned, so nothing is built with it.
/// </summary>
public static class FormProfileLoader
{
    internal static readonly string[] Keys = ["id", "name", "kind", "frameworks", "summary", "data", "fields", "checks", "severity"];
    internal static readonly string[] FieldKeys = ["label", "type", "required", "description", "max_length", "data", "role", "fields", "columns", "total", "data_title", "data_note", "aliases", "print"];

    public static FormProfile? Load(string folder, IReadOnlyCollection<string> frameworks, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, FormProfile.DefinitionFile);
        var errorsBefore = diagnostics.ErrorCount;
        var yaml = YamlFile.ReadMapping(path, SourceLocation.StartOf(SourceFile.DisplayPath(path)), diagnostics);
        if (yaml is null) return null;
        yaml.RejectUnknownKeys(Keys);

        var id = yaml.String("id");
        var folderName = Path.GetFileName(Path.GetFullPath(folder));
        if (id is not null && id != folderName)
            diagnostics.ErrorOf(yaml.LocationOfValue("id"), Codes.ProfileId, id, folderName);
        var name = yaml.String("name");
        var kind = ReadKind(yaml, diagnostics);
        var frameworkIds = yaml.Strings("frameworks") ?? [];
        foreach (var unknown in frameworkIds.Where(f => !frameworks.Contains(f)))
            diagnostics.ErrorOf(yaml.LocationOfValue("frameworks"), Codes.ProfileFramework, unknown,
                    Suggestions.Nearest(unknown, frameworks) is { } nearest ? Messages.Format("PP0205_Suggest", nearest).Trim() : Messages.Format("PP0503_Add"));
        var fields = ReadFields(yaml.Mapping("fields"), "", diagnostics);
        var summary = ReadSummary(yaml.Mapping("summary"));

        var checks = yaml.Has("checks") ? yaml.Mapping("checks") : null;
        checks?.RejectUnknownKeys("sums", "cumulative", "agree", "scores");
        var profile = new FormProfile(id ?? folderName, name ?? "", kind ?? FormKind.Project, frameworkIds,
            summary ?? new FormSummary("name", null, null), fields,
            ReadChecks(checks, "sums", ReadSum, diagnostics),
            ReadChecks(checks, "cumulative", ReadCumulative, diagnostics),
            ReadChecks(checks, "agree", ReadAgree, diagnostics),
            Path.GetFullPath(folder), Path.Combine(Path.GetFullPath(folder), FormProfile.TemplateFile));
        if (ReadData(yaml) is { } data) profile = profile with { Data = data };
        profile = profile with
        {
            Severities = ReadSeverities(yaml, diagnostics),
            Scores = ReadChecks(checks, "scores", ReadScore, diagnostics),
        };
        // Paths and template members are checked against a definition read without errors only: a field
        // whose own definition is broken would otherwise be reported again wherever it is named.
        if (diagnostics.ErrorCount > errorsBefore) return null;
        FormReferences.Check(profile, yaml, diagnostics);
        FormTemplateCheck.Check(profile, diagnostics);
        return diagnostics.ErrorCount == errorsBefore ? profile : null;
    }

    private static FormKind? ReadKind(MappingReader yaml, DiagnosticBag diagnostics)
    {
        var kind = yaml.String("kind");
        if (kind is null) return null;
        if (kind is "project" or "department") return kind == "project" ? FormKind.Project : FormKind.Department;
        diagnostics.ErrorOf(yaml.LocationOfValue("kind"), Codes.WrongType, "kind", "project | department");
        return null;
    }

    /// <summary>severity: { PP0212: warning, PP0222: off }: codes of the rules a profile may tune, each error, warning or off.</summary>
    private static ImmutableDictionary<string, RuleSeverity> ReadSeverities(MappingReader yaml, DiagnosticBag diagnostics)
    {
        if (!yaml.Has("severity") || yaml.Mapping("severity") is not { } severities) return ImmutableDictionary<string, RuleSeverity>.Empty;
        var read = ImmutableDictionary.CreateBuilder<string, RuleSeverity>(StringComparer.Ordinal);
        foreach (var (code, _, at) in severities.Entries)
        {
            if (!TunableRules.Codes.Contains(code))
            {
                diagnostics.ErrorOf(at, Codes.ProfileSeverity, code, string.Join(", ", TunableRules.Codes));
                continue;
            }
            RuleSeverity? severity = severities.String(code) switch
            {
                "error" => RuleSeverity.Error,
                "warning" => RuleSeverity.Warning,
                "off" => RuleSeverity.Off,
                null => null,
                _ => Reported(code),
            };
            if (severity is { } level) read[code] = level;
        }
        return read.ToImmutable();

        RuleSeverity? Reported(string code)
        {
            severities.ReportWrongType(code, "error | warning | off");
            return null;
        }
    }

    private static FormData? ReadData(MappingReader yaml)
    {
        if (!yaml.Has("data")) return null;
        var data = yaml.Mapping("data");
        if (data is null) return null;
        data.RejectUnknownKeys("name", "title");
        var name = data.String("name");
        var title = data.String("title");
        return name is null || title is null ? null : new FormData(name, title);
    }

    private static FormSummary? ReadSummary(MappingReader? summary)
    {
        if (summary is null) return null;
        summary.RejectUnknownKeys("name", "code", "amount");
        var name = summary.String("name");
        return name is null ? null : new FormSummary(name, summary.OptionalString("code"), summary.OptionalString("amount"));
    }

    private static ImmutableArray<FieldDefinition> ReadFields(MappingReader? fields, string prefix, DiagnosticBag diagnostics) =>
        fields is null
            ? []
            : [.. fields.Entries.Select(e => ReadField(e.Key, e.Value, prefix, fields, diagnostics)).OfType<FieldDefinition>()];

    private static FieldDefinition? ReadField(string key, YamlNode node, string prefix, MappingReader parent, DiagnosticBag diagnostics)
    {
        var field = MappingReader.From(node, parent.At.File, Messages.Format("Field_Unlabelled", key), diagnostics);
        if (field is null) return null;
        field.RejectUnknownKeys(FieldKeys);
        var path = prefix + key;
        var label = field.String("label");
        var typeName = field.String("type");
        var type = typeName is null ? null : ParseType(typeName);
        if (typeName is not null && type is null)
            diagnostics.ErrorOf(field.LocationOfValue("type"), Codes.UnknownFieldType, typeName, key, string.Join(", ", Enum.GetNames<FieldType>().Select(n => n.ToLowerInvariant())));
        var required = field.Boolean("required", absent: true);
        var maxLength = field.Has("max_length") ? field.Integer("max_length") : null;
        var role = ReadRole(field, diagnostics);
        var fields = type == FieldType.Group ? ReadFields(field.Mapping("fields"), path + ".", diagnostics) : [];
        // A column's open-data name is its key (a table's rows carry no path), unless the profile names it.
        var columns = type is FieldType.Indicators or FieldType.Table
            ? [.. ReadFields(field.Mapping("columns"), path + ".", diagnostics).Select(c => c with { Data = c.Data ?? c.Key })]
            : ImmutableArray<FieldDefinition>.Empty;
        if (label is null || type is null || required is null) return null;
        return new FieldDefinition(key, path, label, type.Value, required.Value, field.OptionalString("description"), maxLength,
            field.OptionalString("data"), role, fields, columns, field.OptionalString("total"), parent.LocationOfKey(key))
        {
            DataTitle = field.OptionalString("data_title"),
            DataNote = field.OptionalString("data_note"),
            Aliases = field.Has("aliases") ? field.Strings("aliases") ?? [] : [],
            Print = ReadPrint(field, type, diagnostics),
        };
    }

    /// <summary>print: as_typed, or { decimals: N, suffix: 万 }; amount fields only.</summary>
    private static AmountPrint ReadPrint(MappingReader field, FieldType? type, DiagnosticBag diagnostics)
    {
        if (!field.Has("print")) return AmountPrint.Default;
        if (type != FieldType.Amount)
        {
            diagnostics.Error(field.LocationOfKey("print"), Codes.WrongType, Messages.Format("PP0102_PrintAmountOnly"));
            return AmountPrint.Default;
        }
        if (field.IsScalar("print"))
        {
            if (field.String("print") == "as_typed") return AmountPrint.Typed;
            field.ReportWrongType("print", "as_typed | { decimals: 2, suffix: 万 }");
            return AmountPrint.Default;
        }
        var print = field.Mapping("print");
        if (print is null) return AmountPrint.Default;
        print.RejectUnknownKeys("decimals", "suffix");
        var decimals = print.Has("decimals") ? print.Integer("decimals") : AmountPrint.Default.Decimals;
        if (decimals > AmountPrint.MaxDecimals)
            print.ReportWrongType("decimals", $"0–{AmountPrint.MaxDecimals}");
        return new AmountPrint(Math.Min(decimals ?? AmountPrint.Default.Decimals, AmountPrint.MaxDecimals), print.OptionalString("suffix") ?? "", false);
    }

    private static FieldType? ParseType(string name) =>
        Enum.GetValues<FieldType>().Select(t => (FieldType?)t).FirstOrDefault(t => t.ToString()!.ToLowerInvariant() == name);

    private static ColumnRole ReadRole(MappingReader field, DiagnosticBag diagnostics)
    {
        var role = field.OptionalString("role");
        if (role is null) return ColumnRole.None;
        var parsed = Enum.GetValues<ColumnRole>().FirstOrDefault(r => r != ColumnRole.None && RoleName(r) == role);
        if (parsed == ColumnRole.None)
            diagnostics.ErrorOf(field.LocationOfValue("role"), Codes.WrongType, "role",
                string.Join(" | ", Enum.GetValues<ColumnRole>().Where(r => r != ColumnRole.None).Select(RoleName)));
        return parsed;
    }

    /// <summary>A role as form.yaml writes it: value_type for ValueType.</summary>
    internal static string RoleName(ColumnRole role) => role == ColumnRole.ValueType ? "value_type" : role.ToString().ToLowerInvariant();

    private static ImmutableArray<T> ReadChecks<T>(MappingReader? checks, string key, Func<MappingReader, T?> read, DiagnosticBag diagnostics) where T : class =>
        checks is null || !checks.Has(key)
            ? []
            : checks.List(key, node => MappingReader.From(node, checks.At.File, Messages.Format("Field_Unlabelled", key), diagnostics) is { } item ? read(item) : null) ?? [];

    private static SumCheck? ReadSum(MappingReader sum)
    {
        sum.RejectUnknownKeys("total", "parts", "column");
        var total = sum.String("total");
        var parts = sum.Has("column") ? [] : sum.Strings("parts");
        var column = sum.Has("column") ? sum.String("column") : null;
        return total is null || parts is null ? null : new SumCheck(total, parts.Value, column, sum.At);
    }

    private static CumulativeCheck? ReadCumulative(MappingReader cumulative)
    {
        cumulative.RejectUnknownKeys("fields", "ends_at");
        var fields = cumulative.Strings("fields");
        var endsAt = cumulative.Has("ends_at") ? cumulative.Decimal("ends_at") : null;
        return fields is null ? null : new CumulativeCheck(fields.Value, endsAt, cumulative.At);
    }

    /// <summary>{ column: indicators.score, total: 100, ranges: { 成本指标: [0, 20], … } }; total and ranges each optional.</summary>
    private static ScoreCheck? ReadScore(MappingReader score)
    {
        score.RejectUnknownKeys("column", "total", "ranges");
        var column = score.String("column");
        var total = score.Has("total") ? score.Decimal("total") : null;
        var ranges = score.Has("ranges") ? score.Mapping("ranges") : null;
        if (column is null || !column.Contains('.')) return null;
        return new ScoreCheck(column, total, ranges is null ? [] : [.. ranges.Entries.Select(e => ReadRange(e.Key, ranges)).OfType<ScoreRange>()], score.At);
    }

    /// <summary>A range written as [min, max] of two numbers, min not above max; null after reporting otherwise.</summary>
    private static ScoreRange? ReadRange(string firstLevel, MappingReader ranges)
    {
        var bounds = ranges.Strings(firstLevel);
        decimal? Bound(string text) => decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        if (bounds is [var low, var high] && Bound(low) is { } min && Bound(high) is { } max && min <= max)
            return new ScoreRange(firstLevel, min, max);
        if (bounds is not null) ranges.ReportWrongType(firstLevel, Messages.Format("Expect_Range"));
        return null;
    }

    private static AgreeCheck? ReadAgree(MappingReader agree)
    {
        agree.RejectUnknownKeys("first", "second", "relation");
        var first = agree.String("first");
        var second = agree.String("second");
        var relation = agree.OptionalString("relation") switch
        {
            null or "equal" => AgreeRelation.Equal,
            "at_most" => AgreeRelation.AtMost,
            _ => (AgreeRelation?)null,
        };
        if (relation is null)
            agree.ReportWrongType("relation", "equal | at_most");
        return first is null || second is null || relation is null ? null : new AgreeCheck(first, second, relation.Value, agree.At);
    }
}
