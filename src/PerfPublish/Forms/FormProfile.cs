using System.Collections.Immutable;
using PerfPublish.Diagnostics;

namespace PerfPublish.Forms;

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
