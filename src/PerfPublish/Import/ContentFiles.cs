using System.Text;
using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Load;
using PerfPublish.Model;
using PerfPublish.Scaffold;
using PerfPublish.Write.Content;

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

    public static SortedDictionary<string, string> Render(PublicationDraft draft, FormProfile form, FormProfile? department,
        string sourceName, string folder, string schemasFolder)
    {
        var schemas = Scaffolder.SchemaReference(folder, schemasFolder);
        var publication = draft.Publication;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [PublicationLoader.FileName] = ContentYaml.File(
                [$"yaml-language-server: $schema={schemas}/publication.schema.json", $"由 perfpublish import 从 {sourceName} 导入；请核对后删去本行。", .. Notes(draft.Notes)],
                PublicationYaml.Of(publication)),
        };
        // 第一部分's files only where the Word file has that part: most offices publish their forms alone.
        foreach (var prose in publication.Prose) files[prose.File] = prose.Text;
        if (publication.Objectives.Length > 0)
            files[PublicationYaml.ObjectivesFile] = ContentYaml.File([$"yaml-language-server: $schema={schemas}/objectives.schema.json"], PublicationYaml.Objectives(publication.Objectives));
        // A project file points at its profile's generated schema, as the seed's do (schemas/forms/<id>.schema.json).
        var schema = $"{Scaffolder.SchemaReference(Path.Combine(folder, PublicationYaml.ProjectsFolder), schemasFolder)}/forms/{form.Id}.schema.json";
        for (var i = 0; i < draft.Projects.Count; i++)
            files[$"{PublicationYaml.ProjectsFolder}/{ProjectFileName(i + 1, draft.Projects[i].Form.Record)}"] = Record(draft.Projects[i].Form, $"第二部分 {draft.Projects[i].Title ?? "（无标题）"}", sourceName, schema);
        if (draft.Department is { } whole && department is not null)
            files[PublicationLoader.DepartmentFile] = Record(whole, "第一部分 部门整体支出绩效目标表", sourceName, $"{schemas}/forms/{department.Id}.schema.json");
        return files;
    }

    /// <summary>The file each record of the ledger is written to, relative to the publication folder.</summary>
    public static IReadOnlyDictionary<string, string> Records(PublicationDraft draft)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ImportLedger.Publication] = PublicationLoader.FileName,
            [ImportLedger.Overall] = ImportLedger.Overall,
            [ImportLedger.Objectives] = ImportLedger.Objectives,
            [ImportLedger.Safeguards] = ImportLedger.Safeguards,
            [ImportLedger.Department] = PublicationLoader.DepartmentFile,
        };
        for (var i = 0; i < draft.Projects.Count; i++) files[ImportLedger.Project(i + 1)] = $"projects/{ProjectFileName(i + 1, draft.Projects[i].Form.Record)}";
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
    private static string ProjectFileName(int order, FormRecord record) =>
        $"{order:00}-{(record.Find("code") is TextValue { Text: var code } && FileNameSafe().IsMatch(code) ? code.ToLowerInvariant() : "project")}.yaml";

    /// <summary>A project file or department.yaml: where the form stood in the Word file, its notes, then its fields.</summary>
    private static string Record(ImportedForm form, string place, string sourceName, string schema) =>
        ContentYaml.File([$"yaml-language-server: $schema={schema}", $"{place}（由 perfpublish import 从 {sourceName} 导入）", .. Notes(form.Notes)], RecordYaml.Of(form.Record));

    /// <summary>The texts that fit no field, each with its place in the Word file, as comment lines: the file still loads, nothing is lost.</summary>
    private static IEnumerable<string> Notes(IReadOnlyList<ImportNote> notes) =>
        notes.Count == 0 ? [] : ["notes: 以下文字未能归入任何字段，按在 Word 文件中的位置列出，请移入合适的字段或删去：", .. notes.Select(n => $"  ({n.Place}) {ImportText.Clean(n.Text).Replace("\n", " / ")}")];
}
