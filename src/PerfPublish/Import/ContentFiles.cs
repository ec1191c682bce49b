using System.Text;
using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Load;
using PerfPublish.Scaffold;

namespace PerfPublish.Import;

/// <summary>
/// A recognised publication as the content files editors keep (publication.yaml, the part-1 prose, one
/// project file per form). A field import could not fill is left out, so `perfpublish check` names it;
/// every note goes into the file it belongs to as a comment with its place.
/// </summary>
public static partial class ContentFiles
{
    [GeneratedRegex(@"^[A-Za-z0-9]{1,40}$")]
    private static partial Regex FileNameSafe();

    public static SortedDictionary<string, string> Render(PublicationDraft draft, FormProfile form, FormProfile? department, string? framework,
        string sourceName, string folder, string schemasFolder)
    {
        var schemas = Scaffolder.SchemaReference(folder, schemasFolder);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [PublicationLoader.FileName] = Publication(draft, form, draft.Department is null ? null : department, framework, sourceName, schemas),
        };
        // 第一部分's files only where the Word file has that part: most offices publish their forms alone.
        if (draft.OverallObjective.Count > 0) files[OverallObjectiveFile] = ProseMarkdown.Join(draft.OverallObjective);
        if (draft.Objectives.Count > 0) files[ObjectivesFile] = Objectives(draft.Objectives, schemas);
        if (draft.Safeguards.Count > 0) files[SafeguardsFile] = ProseMarkdown.Join(draft.Safeguards);
        // A project file points at its profile's generated schema, as the seed's do (schemas/forms/<id>.schema.json).
        var schema = $"{Scaffolder.SchemaReference(Path.Combine(folder, "projects"), schemasFolder)}/forms/{form.Id}.schema.json";
        for (var i = 0; i < draft.Projects.Count; i++)
            files[$"projects/{ProjectFileName(i + 1, draft.Projects[i].Form.Values)}"] = Record(draft.Projects[i].Form, $"第二部分 {draft.Projects[i].Title ?? "（无标题）"}", sourceName, schema);
        if (draft.Department is { } whole && department is not null)
            files[PublicationLoader.DepartmentFile] = Record(whole, "第一部分 部门整体支出绩效目标表", sourceName, $"{schemas}/forms/{department.Id}.schema.json");
        return files;
    }

    private const string OverallObjectiveFile = "overall-objective.md";
    private const string ObjectivesFile = "objectives.yaml";
    private const string SafeguardsFile = "safeguards.md";

    /// <summary>The file each record of the ledger is written to, relative to the publication folder.</summary>
    public static IReadOnlyDictionary<string, string> Records(PublicationDraft draft)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ImportLedger.Publication] = PublicationLoader.FileName,
            [ImportLedger.Overall] = OverallObjectiveFile,
            [ImportLedger.Objectives] = ObjectivesFile,
            [ImportLedger.Safeguards] = SafeguardsFile,
            [ImportLedger.Department] = PublicationLoader.DepartmentFile,
        };
        for (var i = 0; i < draft.Projects.Count; i++) files[ImportLedger.Project(i + 1)] = $"projects/{ProjectFileName(i + 1, draft.Projects[i].Form.Values)}";
        return files;
    }

    /// <summary>
    /// Whether a file to be written is larger than `check` reads (<see cref="SourceFile.MaxBytes"/>): an error now, with
    /// nothing written, rather than content the next check refuses (a 27 MB body is a pasted export, not a publication).
    /// </summary>
    public static bool TooLarge(IReadOnlyDictionary<string, string> files, ImportReport report)
    {
        foreach (var (name, text) in files)
        {
            var bytes = Encoding.UTF8.GetByteCount(text);
            if (bytes > SourceFile.MaxBytes) report.Error(Codes.ImportTooLarge, "PP0602_Content", name, bytes / 1024, SourceFile.MaxBytes / 1024);
        }

        return report.HasErrors;
    }

    /// <summary>01-&lt;project code&gt;.yaml when the code can be a file name (it usually can), else 01-project.yaml.</summary>
    private static string ProjectFileName(int order, ImportedValues values) =>
        $"{order:00}-{(values["code"] is string code && FileNameSafe().IsMatch(code) ? code.ToLowerInvariant() : "project")}.yaml";

    private static string Publication(PublicationDraft draft, FormProfile form, FormProfile? department, string? framework, string sourceName, string schemas)
    {
        var yaml = new StringBuilder($"# yaml-language-server: $schema={schemas}/publication.schema.json\n");
        YamlText.Comments(yaml, [$"由 perfpublish import 从 {sourceName} 导入；请核对后删去本行。"]);
        Notes(yaml, draft.Notes);
        var values = new ImportedValues();
        if (draft.Title is not null) values.Set("title", draft.Title);
        if (draft.Year is { } year) values.Set("year", year);
        var unit = new ImportedValues();
        if (draft.Unit.Code is not null) unit.Set("code", draft.Unit.Code);
        if (draft.Unit.Name is not null) unit.Set("name", draft.Unit.Name);
        if (!unit.IsEmpty) values.Set("unit", unit);
        if (draft.Unit.CurrencyUnit is not null) values.Set("currency_unit", draft.Unit.CurrencyUnit);
        if (framework is not null) values.Set("framework", framework);
        // Only a form other than the default is named, so a publication of the seed's form reads as before profiles.
        var forms = new ImportedValues();
        if (form.Id != FormCatalog.DefaultProject && draft.Projects.Count > 0) forms.Set("project", form.Id);
        if (department is not null) forms.Set("department", department.Id);
        if (!forms.IsEmpty) values.Set("forms", forms);
        if (draft.OverallObjective.Count > 0) values.Set("overall_objective", OverallObjectiveFile);
        if (draft.Objectives.Count > 0) values.Set("objectives", ObjectivesFile);
        if (draft.Safeguards.Count > 0) values.Set("safeguards", SafeguardsFile);
        if (draft.Projects.Count > 0) values.Set("projects", "projects");
        YamlText.Mapping(yaml, values, 0);
        return yaml.ToString();
    }

    private static string Objectives(IReadOnlyList<ObjectiveDraft> objectives, string schemas)
    {
        var yaml = new StringBuilder($"# yaml-language-server: $schema={schemas}/objectives.schema.json\n");
        var items = objectives.Select(o =>
        {
            var values = new ImportedValues().Set("name", o.Name);
            if (o.Goal is not null) values.Set("goal", o.Goal);
            if (o.Indicator is not null) values.Set("indicator", o.Indicator);
            return values;
        }).ToList();
        if (items.Count == 0) return yaml.Append("objectives: []\n").ToString();
        YamlText.Mapping(yaml, new ImportedValues().Set("objectives", items), 0);
        return yaml.ToString();
    }

    /// <summary>A project file or department.yaml: where the form stood in the Word file, its notes, then its fields.</summary>
    private static string Record(FormRecord record, string place, string sourceName, string schema)
    {
        var yaml = new StringBuilder($"# yaml-language-server: $schema={schema}\n");
        YamlText.Comments(yaml, [$"{place}（由 perfpublish import 从 {sourceName} 导入）"]);
        Notes(yaml, record.Notes);
        YamlText.Mapping(yaml, record.Values, 0);
        return yaml.ToString();
    }

    /// <summary>The texts that fit no field, each with its place in the Word file, as comments: the file still loads, nothing is lost.</summary>
    private static void Notes(StringBuilder yaml, IReadOnlyList<ImportNote> notes)
    {
        if (notes.Count == 0) return;
        YamlText.Comments(yaml, ["notes: 以下文字未能归入任何字段，按在 Word 文件中的位置列出，请移入合适的字段或删去："]);
        YamlText.Comments(yaml, notes.Select(n => $"  ({n.Place}) {n.Text.Replace("\n", " / ")}"));
    }
}
