using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Validate;

namespace PerfPublish.Import;

/// <summary>One field of a form profile as import needs it: where its value goes (key), how the form labels it, and its type.</summary>
public sealed record FormField(string Key, string Label, string Type, IReadOnlyList<FormField> Fields, IReadOnlyList<FormField> Columns)
{
    /// <summary>For a table: the field that holds its 合计 (the sum of its amount column).</summary>
    public string? Total { get; init; }

    /// <summary>The label and the other ways offices print it (form.yaml aliases:).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [Label];

    /// <summary>Whether a cell's text is this field's label or one of its aliases, as labels are compared (ImportText.LabelKey).</summary>
    public bool HasLabel(string text) => Labels.Any(label => ImportText.LabelKey(label) == ImportText.LabelKey(text));

    public IEnumerable<FormField> SelfAndDescendants => [this, .. Fields.SelectMany(f => f.SelfAndDescendants)];
}

/// <summary>
/// A form profile (templates/forms/&lt;id&gt;/form.yaml, loaded and checked by the build's FormCatalog) as
/// import reads it: a Word form is recognised by the fields' labels, and each cell's text goes into the
/// field whose label it follows. Types are the profile's, named in lower case as form.yaml writes them.
/// </summary>
public sealed record FormDefinition(string Id, string Kind, IReadOnlyList<string> Frameworks, IReadOnlyList<FormField> Fields)
{
    /// <summary>The words the profile's template prints besides the fields' labels.</summary>
    public PrintedWords Printed { get; init; } = PrintedWords.None;

    public const string DefaultProjectForm = FormCatalog.DefaultProject;

    public static FormDefinition From(FormProfile profile) =>
        new(profile.Id, profile.Kind == FormKind.Project ? "project" : "department", profile.Frameworks, [.. profile.Fields.Select(Field)])
        {
            Printed = File.Exists(profile.TemplatePath) ? PrintedWords.FromTemplate(File.ReadAllText(profile.TemplatePath)) : PrintedWords.None,
        };

    private static FormField Field(FieldDefinition field) =>
        new(field.Key, field.Label, field.Type.ToString().ToLowerInvariant(), [.. field.Fields.Select(Field)], [.. field.Columns.Select(Field)])
        {
            Total = field.Total,
            Labels = [field.Label, .. field.Aliases],
        };

    /// <summary>
    /// Every profile under the templates folder that loads without errors, by id. A broken profile is left out
    /// here; `perfpublish check` reports it with its line.
    /// </summary>
    public static IReadOnlyList<FormDefinition> All(string templatesFolder)
    {
        var diagnostics = new DiagnosticBag();
        var frameworks = Framework.LoadAll(Path.Combine(templatesFolder, "frameworks"), diagnostics);
        var catalog = FormCatalog.Load(templatesFolder, [.. frameworks.Keys], diagnostics);
        return [.. catalog.Profiles.Values.OrderBy(p => p.Id, StringComparer.Ordinal).Select(From)];
    }

    public static FormDefinition? Load(string templatesFolder, string id) => All(templatesFolder).FirstOrDefault(f => f.Id == id);
}
