using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Load;
using PerfPublish.Publishing;
using PerfPublish.Validate;
using PerfPublish.Validate.Rules;
using Scriban.Runtime;

namespace PerfPublish.Scaffold;

/// <summary>Makes new content from templates/new/: every field present, a placeholder or a default in each, a comment above each.</summary>
public static partial class Scaffolder
{
    [GeneratedRegex(@"^[\p{L}\p{N}_-]+$")]
    private static partial Regex ShortNamePattern();

    public static ScaffoldResult NewPublication(NewPublicationRequest request)
    {
        if (Directory.Exists(request.Folder) && Directory.EnumerateFileSystemEntries(request.Folder).Any())
            return ScaffoldResult.Refused(Messages.Format("New_FolderNotEmpty", SourceFile.DisplayPath(request.Folder), request.Year));
        if (request.Year is < 2000 or > 2099)
            return ScaffoldResult.Refused(Messages.Format("New_Year", request.Year, DateTime.Today.Year + 1));
        var context = LoadContext(request.TemplatesFolder, out var problem);
        if (context is null) return ScaffoldResult.Refused(problem!);
        var (frameworks, forms) = (context.Frameworks, context.Forms);
        if (!frameworks.TryGetValue(request.Framework, out var framework))
            return ScaffoldResult.Refused(Messages.Format("New_Framework", request.Framework, string.Join(", ", frameworks.Keys.Order(StringComparer.Ordinal))));

        var schemas = SchemaReference(request.Folder, request.SchemasFolder);
        var model = new ScriptObject
        {
            ["schemas"] = schemas,
            ["year"] = request.Year,
            ["unit_code"] = request.UnitCode ?? PlaceholderRule.Marker + "单位编码",
            ["unit_name"] = request.UnitName ?? PlaceholderRule.Marker + "单位名称",
            ["title"] = request.UnitName is null
                ? $"{PlaceholderRule.Marker}单位名称{request.Year}年部门预算绩效目标"
                : $"{request.UnitName}{request.Year}年部门预算绩效目标",
            ["framework"] = framework.Id,
        };
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [PublicationLoader.FileName] = Render(request.TemplatesFolder, "publication.yaml.sbn", model),
            ["objectives.yaml"] = Render(request.TemplatesFolder, "objectives.yaml.sbn", model),
            ["overall-objective.md"] = Render(request.TemplatesFolder, "overall-objective.md.sbn", model),
            ["safeguards.md"] = Render(request.TemplatesFolder, "safeguards.md.sbn", model),
            ["projects/01-project.yaml"] = RecordScaffold.Render(forms.Find(FormCatalog.DefaultProject)!, framework, SchemaReference(Path.Combine(request.Folder, "projects"), request.SchemasFolder)),
        };
        return new ScaffoldResult(WriteFolder(request.Folder, files), [], null);
    }

    public static ScaffoldResult NewProject(NewProjectRequest request)
    {
        if (!ShortNamePattern().IsMatch(request.ShortName))
            return ScaffoldResult.Refused(Messages.Format("New_ShortName", request.ShortName));
        var target = ReadTarget(request.PublicationFolder, request.TemplatesFolder, "project", out var refused);
        if (target is null) return refused!;
        var (publication, context, profile, framework, diagnostics) = target.Value;
        var projectsName = publication.String("projects");
        if (projectsName is null) return new ScaffoldResult([], diagnostics.Items, null);

        var folder = Path.Combine(request.PublicationFolder, projectsName);
        var path = Path.Combine(folder, $"{NextOrder(folder):00}-{request.ShortName}.yaml");
        var text = RecordScaffold.Render(profile, framework, SchemaReference(folder, request.SchemasFolder));
        Directory.CreateDirectory(folder);
        WriteNewFile(path, text);
        return new ScaffoldResult([path], [], null);
    }

    public static ScaffoldResult NewDepartment(NewDepartmentRequest request)
    {
        var target = ReadTarget(request.PublicationFolder, request.TemplatesFolder, "department", out var refused);
        if (target is null) return refused!;
        var (_, _, profile, framework, _) = target.Value;
        var path = Path.Combine(request.PublicationFolder, PublicationLoader.DepartmentFile);
        if (File.Exists(path))
            return ScaffoldResult.Refused(Messages.Format("New_DepartmentExists", SourceFile.DisplayPath(path)));
        WriteNewFile(path, RecordScaffold.Render(profile, framework, SchemaReference(request.PublicationFolder, request.SchemasFolder)));
        return new ScaffoldResult([path], [], null);
    }

    /// <summary>
    /// The publication's publication.yaml, the templates' frameworks and profiles, and the profile that
    /// forms: names for <paramref name="kind"/> (project: by default the seed's) with the publication's framework;
    /// null with the refusal or the diagnostics when one of them is missing or wrong.
    /// </summary>
    private static (MappingReader Publication, ValidationContext Context, FormProfile Profile, Framework Framework, DiagnosticBag Diagnostics)? ReadTarget(
        string publicationFolder, string templatesFolder, string kind, out ScaffoldResult? refused)
    {
        refused = null;
        var publicationFile = Path.Combine(publicationFolder, PublicationLoader.FileName);
        if (!File.Exists(publicationFile))
        {
            refused = ScaffoldResult.Refused(Messages.Format("New_NotAPublication", SourceFile.DisplayPath(publicationFolder), PublicationLoader.FileName));
            return null;
        }
        var diagnostics = new DiagnosticBag();
        var publication = YamlFile.ReadMapping(publicationFolder, publicationFile, SourceLocation.StartOf(SourceFile.DisplayPath(publicationFile)), diagnostics);
        var frameworkId = publication?.String("framework");
        var forms = publication is not null && publication.Has("forms") ? publication.Mapping("forms") : null;
        var profileId = forms is not null && forms.Has(kind) ? forms.String(kind) : kind == "project" ? FormCatalog.DefaultProject : null;
        if (publication is null || frameworkId is null || diagnostics.HasErrors)
        {
            refused = new ScaffoldResult([], diagnostics.Items, null);
            return null;
        }
        if (profileId is null)
        {
            refused = ScaffoldResult.Refused(Messages.Format("New_NoDepartmentForm", SourceFile.DisplayPath(publicationFile)));
            return null;
        }
        var context = LoadContext(templatesFolder, out var problem);
        if (context is null)
        {
            refused = ScaffoldResult.Refused(problem!);
            return null;
        }
        if (!context.Frameworks.TryGetValue(frameworkId, out var framework))
        {
            refused = ScaffoldResult.Refused(Messages.Format("New_UnknownFramework", SourceFile.DisplayPath(publicationFile), frameworkId));
            return null;
        }
        if (context.Forms.Find(profileId) is not { } profile)
        {
            refused = ScaffoldResult.Refused(Messages.Format("New_UnknownForm", SourceFile.DisplayPath(publicationFile), profileId));
            return null;
        }
        return (publication, context, profile, framework, diagnostics);
    }

    /// <summary>One more than the highest order number among the project files; 1 for the first.</summary>
    private static int NextOrder(string projectsFolder) =>
        (Directory.Exists(projectsFolder)
            ? Directory.EnumerateFiles(projectsFolder, "*.yaml")
                .Select(f => Regex.Match(Path.GetFileName(f), @"^(\d+)-"))
                .Where(m => m.Success && m.Groups[1].Value.Length <= 6)
                .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                .DefaultIfEmpty(0)
                .Max()
            : 0) + 1;

    private static string Render(string templates, string name, ScriptObject model) =>
        ScaffoldTemplate.Render(Path.Combine(templates, "new", name), model);

    private static ValidationContext? LoadContext(string templates, out string? problem)
    {
        var diagnostics = new DiagnosticBag();
        var context = ValidationContext.Load(templates, diagnostics);
        problem = diagnostics.HasErrors ? string.Join(Environment.NewLine, diagnostics.Items) : null;
        return problem is null ? context : null;
    }

    /// <summary>The schemas folder as the YAML extension resolves it: relative to the file that names it, with '/'.</summary>
    internal static string SchemaReference(string fileFolder, string schemasFolder) =>
        Path.GetRelativePath(Path.GetFullPath(fileFolder), Path.GetFullPath(schemasFolder)).Replace('\\', '/');

    /// <summary>Writes every file beside the target first and moves the folder into place, so a failure leaves nothing half-made.</summary>
    private static IReadOnlyList<string> WriteFolder(string folder, IReadOnlyDictionary<string, string> files) =>
        WriteFolder(folder, files.ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetBytes(f.Value)));

    internal static IReadOnlyList<string> WriteFolder(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        using var staging = new StagingFolder(folder);
        foreach (var (relative, bytes) in files) staging.Write(relative, bytes);
        staging.CommitInto();
        return [.. files.Keys.Select(relative => Path.Combine(folder, relative))];
    }

    private static void WriteNewFile(string path, string text)
    {
        var temporary = path + ".new";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path);
    }
}
