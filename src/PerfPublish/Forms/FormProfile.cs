using System.Collections.Immutable;
using PerfPublish.Diagnostics;

namespace PerfPublish.Forms;

/// <summary>The closed set of field types a profile may declare (docs/forms.md).</summary>
public enum FieldType { Text, Markdown, Amount, Percentage, Period, List, Group, Indicators, Table }

/// <summary>
/// What a column of an indicator tree or a table means to the rules: the 指标值 (target), a 分值 (score), a
/// 绩效标准 (standard), the 计量单位 of the 指标值 (unit), its 指标值类型 定量/定性 (value_type).
/// </summary>
public enum ColumnRole { None, Target, Score, Standard, Unit, ValueType }

public enum FormKind { Project, Department }

/// <summary>
/// One field of a form, as templates/forms/&lt;id&gt;/form.yaml declares it. Groups nest <see cref="Fields"/>;
/// indicator trees and tables have <see cref="Columns"/>. Path is the dotted key path from the record's root.
/// </summary>
public sealed record FieldDefinition(
    string Key,
    string Path,
    string Label,
    FieldType Type,
    bool Required,
    string? Description,
    int? MaxLength,
    string? Data,
    ColumnRole Role,
    ImmutableArray<FieldDefinition> Fields,
    ImmutableArray<FieldDefinition> Columns,
    string? Total,
    SourceLocation At)
{
    /// <summary>The open-data column's title ({currency} stands for the currency unit); by default the label, with （万元） or （%）.</summary>
    public string? DataTitle { get; init; }

    /// <summary>The open-data column's description in datapackage.json (English); by default the description or the label.</summary>
    public string? DataNote { get; init; }

    /// <summary>How an amount field prints (form.yaml print:); the seed's way, to the fen, unless the profile says otherwise.</summary>
    public AmountPrint Print { get; init; } = AmountPrint.Default;

    /// <summary>Other ways offices print the label (实施期目标 for 中期目标): import recognises a cell by any of them.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>The label and its aliases: every way a form prints this field.</summary>
    public ImmutableArray<string> Labels => [Label, .. Aliases];

    /// <summary>The open-data column name: the declared one, else the path joined by underscores.</summary>
    public string DataName => Data ?? Path.Replace('.', '_');

    public bool IsScalar => Type is FieldType.Text or FieldType.Markdown or FieldType.Amount or FieldType.Percentage or FieldType.Period;

    public bool IsNumber => Type is FieldType.Amount or FieldType.Percentage;
}

/// <summary>total = Σ parts (fields), or total = Σ a table column (Column = "table.column").</summary>
public sealed record SumCheck(string Total, ImmutableArray<string> Parts, string? Column, SourceLocation At);

/// <summary>Percentages that never decrease, the last equal to EndsAt.</summary>
public sealed record CumulativeCheck(ImmutableArray<string> Fields, decimal? EndsAt, SourceLocation At);

public enum AgreeRelation { Equal, AtMost }

/// <summary>
/// A 分值 column (Column = "tree.column") of an indicator tree: each first level's scores add up to within
/// its range (printed in its label, 成本指标(0-20)分), and all of them to Total, where given.
/// </summary>
public sealed record ScoreCheck(string Column, decimal? Total, ImmutableArray<ScoreRange> Ranges, SourceLocation At)
{
    public string Tree => Column[..Column.LastIndexOf('.')];

    public string Key => Column[(Column.LastIndexOf('.') + 1)..];

    public ScoreRange? RangeOf(string firstLevel) => Ranges.FirstOrDefault(r => r.FirstLevel == firstLevel);
}

/// <summary>The scores a first-level indicator may add up to, as the form prints them: 成本指标(0-20)分.</summary>
public sealed record ScoreRange(string FirstLevel, decimal Min, decimal Max)
{
    public string Printed => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min:0.##}-{Max:0.##}");
}

/// <summary>Two totals (two halves of a form) that must be equal, or the first at most the second.</summary>
public sealed record AgreeCheck(string First, string Second, AgreeRelation Relation, SourceLocation At);

/// <summary>Where the site's index, charts and year comparison find a record's name, code and headline amount.</summary>
public sealed record FormSummary(string Name, string? Code, string? Amount);

/// <summary>The name and title of the open-data table with one row per record (projects, by default).</summary>
public sealed record FormData(string Name, string Title);

/// <summary>A form profile: templates/forms/&lt;id&gt;/ with its definition (form.yaml) and layout (form.sbn-html).</summary>
public sealed record FormProfile(
    string Id,
    string Name,
    FormKind Kind,
    ImmutableArray<string> Frameworks,
    FormSummary Summary,
    ImmutableArray<FieldDefinition> Fields,
    ImmutableArray<SumCheck> Sums,
    ImmutableArray<CumulativeCheck> Cumulative,
    ImmutableArray<AgreeCheck> Agree,
    string Folder,
    string TemplatePath)
{
    public const string DefinitionFile = "form.yaml";

    /// <summary>The severity the profile gives a rule's findings in its records (form.yaml severity:), by code; the rest as they are.</summary>
    public ImmutableDictionary<string, RuleSeverity> Severities { get; init; } = ImmutableDictionary<string, RuleSeverity>.Empty;

    /// <summary>The score checks (checks.scores): a 分值 column's per-first-level ranges and total.</summary>
    public ImmutableArray<ScoreCheck> Scores { get; init; } = [];

    /// <summary>The records' open-data table (profile key data:); by default named after the kind, titled by the profile's name.</summary>
    public FormData Data { get; init; } = new(Kind == FormKind.Project ? "projects" : "department", Name);
    public const string TemplateFile = "form.sbn-html";

    /// <summary>The Scriban function the profile's template defines: project_form or department_form.</summary>
    public string FunctionName => Kind == FormKind.Project ? "project_form" : "department_form";

    /// <summary>The group a record is: the profile's fields, named by the profile, at <paramref name="at"/>.</summary>
    public FieldDefinition Root(SourceLocation at) =>
        new("", "", Name, FieldType.Group, true, null, null, null, ColumnRole.None, Fields, [], null, at);

    /// <summary>Every field at any depth of groups (not the columns of trees and tables), in declaration order.</summary>
    public IEnumerable<FieldDefinition> AllFields => Flatten(Fields);

    public FieldDefinition? Find(string path) => AllFields.FirstOrDefault(f => f.Path == path);

    /// <summary>The names of the open-data tables a publication writes for this form: the records', then one per tree and table field.</summary>
    public IEnumerable<string> TableNames =>
        [Data.Name, .. AllFields.Where(f => f.Type is FieldType.Indicators or FieldType.Table).Select(f => f.DataName)];

    /// <summary>A path to a field or to a column of a table or indicator tree ("tasks.amount").</summary>
    public FieldDefinition? FindColumn(string path)
    {
        var dot = path.LastIndexOf('.');
        if (dot < 0) return null;
        var owner = Find(path[..dot]);
        return owner?.Columns.FirstOrDefault(c => c.Key == path[(dot + 1)..]);
    }

    private static IEnumerable<FieldDefinition> Flatten(IEnumerable<FieldDefinition> fields) =>
        fields.SelectMany(f => f.Type == FieldType.Group ? [f, .. Flatten(f.Fields)] : new[] { f });
}
