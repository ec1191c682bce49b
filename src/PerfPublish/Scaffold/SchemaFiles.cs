using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Validate;

namespace PerfPublish.Scaffold;

/// <summary>
/// The JSON Schemas generated from the form profiles: schemas/forms/&lt;id&gt;.schema.json for each, the seed
/// profile's also as schemas/project.schema.json (which older content files name), and
/// schemas/form-profile.schema.json for form.yaml itself. `perfpublish schemas` writes them.
/// </summary>
public static class SchemaFiles
{
    public const string ProfileSchema = "form-profile.schema.json";
    public const string LegacyProjectSchema = "project.schema.json";

    /// <summary>Each file's path relative to schemas/ with its text; null when a profile is broken (reported).</summary>
    public static IReadOnlyDictionary<string, string>? Generate(string templatesFolder, DiagnosticBag diagnostics)
    {
        var context = ValidationContext.Load(templatesFolder, diagnostics);
        if (diagnostics.HasErrors) return null;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal) { [ProfileSchema] = FormSchema.ForProfiles() };
        foreach (var profile in context.Forms.Profiles.Values)
            files[FormSchema.FileName(profile)] = FormSchema.Generate(profile, context.Frameworks);
        if (context.Forms.Find(FormCatalog.DefaultProject) is { } seed)
            files[LegacyProjectSchema] = FormSchema.Generate(seed, context.Frameworks);
        return files;
    }

    public static ScaffoldResult Write(string templatesFolder, string schemasFolder)
    {
        var diagnostics = new DiagnosticBag();
        var files = Generate(templatesFolder, diagnostics);
        if (files is null) return new ScaffoldResult([], diagnostics.Items, null);
        var written = new List<string>();
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(schemasFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path + ".new", text);
            File.Move(path + ".new", path, overwrite: true);
            written.Add(path);
        }
        return new ScaffoldResult(written, [], null);
    }
}
