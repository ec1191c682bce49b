using System.Collections.Immutable;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Load;

/// <summary>Loads one publication folder (publication.yaml and the files it names) into the typed model.</summary>
public static class PublicationLoader
{
    public const string FileName = "publication.yaml";

    private static readonly string[] Keys =
        ["title", "year", "unit", "category", "currency_unit", "framework", "forms", "overall_objective", "objectives", "safeguards", "projects"];

    /// <summary>The department-as-a-whole form's fields, beside publication.yaml, when publication.yaml names a department form.</summary>
    public const string DepartmentFile = "department.yaml";

    /// <summary>Every publication folder under <paramref name="contentRoot"/>, in a stable order.</summary>
    public static IReadOnlyList<string> Discover(string contentRoot) => Discover(contentRoot, new DiagnosticBag());

    /// <summary>
    /// Every publication folder under <paramref name="contentRoot"/>, in a stable order. Links are not
    /// followed: a link to a folder is reported (a publication behind it would be read from elsewhere), and so
    /// is a publication.yaml that is not a regular file; other links are not content and are passed over
    /// (an editor's lock file ".#safeguards.md" is a link to nowhere).
    /// </summary>
    public static IReadOnlyList<string> Discover(string contentRoot, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentRoot)) return [];
        var found = new List<string>();
        foreach (var (path, kind) in ContentTree.Entries(contentRoot, _ => true))
        {
            var at = SourceLocation.StartOf(SourceFile.DisplayPath(path));
            if (kind == FileKind.Link && FileKinds.Behind(path) == FileKind.Directory)
            {
                diagnostics.Error(at, Codes.NotRegularFile,
                    Messages.Format("PP0007_FolderLink", SourceFile.DisplayPath(path), new FileInfo(path).LinkTarget ?? ""));
            }
            else if (Path.GetFileName(path) == FileName && kind != FileKind.Directory)
            {
                if (kind == FileKind.Regular) found.Add(Path.GetDirectoryName(path)!);
                else diagnostics.Error(at, Codes.NotRegularFile, ContentPath.Describe(new ContentPath.Refusal(path, kind)));
            }
        }
        return [.. found.Order(StringComparer.Ordinal)];
    }

    public static Publication? Load(string folder, FormCatalog catalog, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, FileName);
        var yaml = YamlFile.ReadMapping(folder, path, SourceLocation.StartOf(SourceFile.DisplayPath(path)), diagnostics);
        if (yaml is null) return null;
        yaml.RejectUnknownKeys(Keys);

        // As in a project file: what cannot be read is reported and left empty, and the rest is still checked,
        // the project files above all, which are read and checked even when publication.yaml has a problem.
        var title = yaml.String("title");
        var year = yaml.Integer("year");
        var unitYaml = yaml.Mapping("unit");
        var unit = ReadUnit(unitYaml);
        var currency = yaml.String("currency_unit");
        var framework = yaml.String("framework");
        var forms = ReadForms(yaml, catalog, diagnostics);
        // 第一部分's three files are optional: most offices publish their forms alone.
        var overall = yaml.HasValue("overall_objective") ? ReadReferenced(folder, yaml, "overall_objective", diagnostics) : null;
        var objectives = yaml.HasValue("objectives") ? ReadReferencedObjectives(folder, yaml, diagnostics) : ([], true);
        var safeguards = yaml.HasValue("safeguards") ? ReadReferenced(folder, yaml, "safeguards", diagnostics) : null;
        var projects = forms?.Department is not null && !yaml.Has("projects")
            ? []
            : forms?.Project is null ? null : ReadProjects(folder, yaml, forms.Project, catalog, diagnostics);
        var department = forms?.Department is { } departmentForm ? ReadDepartment(folder, yaml, departmentForm, catalog, diagnostics) : null;

        var unread = new (string Key, object? Value)[]
        {
            ("title", title), ("year", year), ("unit", unit), ("currency_unit", currency), ("framework", framework), ("forms", forms),
            ("department", forms?.Department is null ? "" : department), ("objectives", objectives.Complete ? objectives : null), ("projects", projects),
            ("overall_objective", yaml.HasValue("overall_objective") ? overall : ""), ("safeguards", yaml.HasValue("safeguards") ? safeguards : ""),
        }.Where(v => v.Value is null).Select(v => v.Key);

        return new Publication(Path.GetFileName(Path.GetFullPath(folder)), title ?? "", year ?? 0, unit ?? new Unit("", ""),
            currency ?? "", framework ?? "", overall, objectives.Items,
            safeguards, projects ?? [], WithUnitKeys(yaml.Origin, unitYaml))
        {
            Unread = [.. unread], Category = yaml.OptionalString("category"),
            Forms = forms ?? new PublicationForms(null, null), Department = department,
        };
    }

    /// <summary>
    /// The unit a publication folder is of, read from publication.yaml alone (as <see cref="Load"/> reads it),
    /// so the build can take a unit's publications together before loading them; null when it cannot be read
    /// (the load says why).
    /// </summary>
    public static Unit? UnitOf(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var yaml = YamlFile.ReadMapping(folder, path, SourceLocation.StartOf(SourceFile.DisplayPath(path)), new DiagnosticBag());
        return ReadUnit(yaml?.Mapping("unit"));
    }

    /// <summary>
    /// publication.yaml's places, with the unit's code and name as "unit.code" and "unit.name" (the Unit
    /// record has no place of its own), so a rule points at the line of the value it is about.
    /// </summary>
    private static Origin WithUnitKeys(Origin origin, MappingReader? unit) => unit is null ? origin : origin with
    {
        Keys = origin.Keys.SetItems(unit.Origin.Keys.Select(key => KeyValuePair.Create("unit." + key.Key, key.Value))),
    };

    /// <summary>The unit's name, and its code where the form prints one (left out or blank: no code).</summary>
    private static Unit? ReadUnit(MappingReader? unit)
    {
        if (unit is null) return null;
        unit.RejectUnknownKeys("code", "name");
        var code = unit.HasValue("code") ? unit.String("code") : "";
        var name = unit.String("name");
        return code is null || name is null ? null : new Unit(code, name);
    }

    private static MarkdownText? ReadReferenced(string folder, MappingReader yaml, string key, DiagnosticBag diagnostics)
    {
        var path = ReferencedPath(folder, yaml, key, diagnostics);
        if (path is null) return null;
        var text = ContentPath.ReadText(folder, path, yaml.LocationOfValue(key), diagnostics);
        if (text is null) return null;
        var display = SourceFile.DisplayPath(path);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(SourceLocation.StartOf(display), Codes.EmptyFile,
                Messages.Format("PP0004_Markdown", FieldNames.Label(key)));
            return null;
        }
        return new MarkdownText(text, display);
    }

    /// <summary>The objectives that could be read (the rules check them), and whether that was all of them.</summary>
    private static (ImmutableArray<Objective> Items, bool Complete) ReadReferencedObjectives(string folder, MappingReader yaml, DiagnosticBag diagnostics)
    {
        var path = ReferencedPath(folder, yaml, "objectives", diagnostics);
        if (path is null) return ([], false);
        var objectives = YamlFile.ReadMapping(folder, path, yaml.LocationOfValue("objectives"), diagnostics);
        if (objectives is null) return ([], false);
        objectives.RejectUnknownKeys("objectives");
        return objectives.Items("objectives", node => ReadObjective(node, objectives, diagnostics));
    }

    private static Objective? ReadObjective(YamlDotNet.RepresentationModel.YamlNode node, MappingReader parent, DiagnosticBag diagnostics)
    {
        var item = MappingReader.From(node, parent.At.File, Messages.Format("What_Objective"), diagnostics);
        if (item is null) return null;
        item.RejectUnknownKeys("name", "goal", "indicator");
        var name = item.String("name");
        var goal = item.String("goal");
        var indicator = item.String("indicator");
        return name is null || goal is null || indicator is null ? null : new Objective(name, goal, indicator, item.Origin);
    }

    /// <summary>
    /// The profiles named under forms: (the project form, by default the seed's, and an optional department
    /// form), each found in the catalog and of the right kind; null after reporting what is wrong.
    /// </summary>
    private static PublicationForms? ReadForms(MappingReader yaml, FormCatalog catalog, DiagnosticBag diagnostics)
    {
        if (!yaml.Has("forms"))
        {
            if (catalog.Find(FormCatalog.DefaultProject) is { } seed) return new PublicationForms(seed, null);
            ReportUnknown(FormCatalog.DefaultProject, yaml.At);
            return null;
        }
        var forms = yaml.Mapping("forms");
        if (forms is null) return null;
        forms.RejectUnknownKeys("project", "department");
        var project = forms.Has("project") ? Profile("project", FormKind.Project) : catalog.Find(FormCatalog.DefaultProject);
        var department = forms.Has("department") ? Profile("department", FormKind.Department) : null;
        return project is null || (forms.Has("department") && department is null) ? null : new PublicationForms(project, department);

        FormProfile? Profile(string key, FormKind kind)
        {
            var id = forms.String(key);
            if (id is null) return null;
            var profile = catalog.Find(id);
            if (profile is null)
            {
                ReportUnknown(id, forms.LocationOfValue(key));
                return null;
            }
            if (profile.Kind == kind) return profile;
            diagnostics.Error(forms.LocationOfValue(key), Codes.UnknownProfile,
                Messages.Format("PP0221_Kind", id, profile.Kind.ToString().ToLowerInvariant(), key));
            return null;
        }

        void ReportUnknown(string id, SourceLocation at)
        {
            var known = catalog.Profiles.Keys.Order(StringComparer.Ordinal).ToList();
            var nearest = Suggestions.Nearest(id, known);
            diagnostics.ErrorOf(at, Codes.UnknownProfile, id,
                nearest is null ? "" : Messages.Format("PP0205_Suggest", nearest), string.Join(", ", known));
        }
    }

    private static FormRecord? ReadDepartment(string folder, MappingReader yaml, FormProfile profile, FormCatalog catalog, DiagnosticBag diagnostics)
    {
        var file = YamlFile.ReadMapping(folder, Path.Combine(folder, DepartmentFile), yaml.LocationOfValue("forms"), diagnostics);
        return file is null ? null : new RecordLoader(profile, catalog, diagnostics).Read(file);
    }

    private static ImmutableArray<Project>? ReadProjects(string folder, MappingReader yaml, FormProfile profile, FormCatalog catalog, DiagnosticBag diagnostics)
    {
        var path = ReferencedPath(folder, yaml, "projects", diagnostics);
        if (path is null || !ContentPath.Allows(folder, path, yaml.LocationOfValue("projects"), diagnostics)) return null;
        if (!Directory.Exists(path))
        {
            diagnostics.Error(yaml.LocationOfValue("projects"), Codes.FileMissing,
                Messages.Format("PP0002_Folder", SourceFile.DisplayPath(path)));
            return null;
        }

        var files = ProjectFiles(path, diagnostics);
        if (files.Count == 0)
        {
            diagnostics.Error(yaml.LocationOfValue("projects"), Codes.EmptyList,
                Messages.Format("PP0105_NoProjects", SourceFile.DisplayPath(path)));
            return null;
        }

        // A project file that cannot be read at all is left out, and the others are still checked; being
        // reported as an error, it stops the build all the same.
        return [.. files.Select(file => ProjectLoader.Load(folder, file, profile, catalog, diagnostics)).OfType<Project>()];
    }

    /// <summary>
    /// The project files of the projects folder (*.yaml), in order. A ".yml" file would otherwise be left out
    /// without a word, so it is an error; a name starting with '.' is an editor's lock or backup file
    /// (Emacs's ".#01-x.yaml", a link to nowhere): skipped, with a warning in case it is a project after all.
    /// </summary>
    private static List<string> ProjectFiles(string folder, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.y*ml").Order(StringComparer.Ordinal))
        {
            var at = SourceLocation.StartOf(SourceFile.DisplayPath(file));
            if (Path.GetFileName(file).StartsWith('.'))
                diagnostics.Warning(at, Codes.ProjectFileName, Messages.Format("PP0208_Hidden"));
            else if (file.EndsWith(".yml", StringComparison.Ordinal))
                diagnostics.Error(at, Codes.ProjectFileName, Messages.Format("PP0208_Yml"));
            else if (file.EndsWith(".yaml", StringComparison.Ordinal))
                files.Add(file);
        }
        return files;
    }

    /// <summary>
    /// The file or folder a key names, resolved against the publication folder. It must stay inside that
    /// folder: a publication is built from its own files only, and '../' could otherwise reach anywhere.
    /// </summary>
    private static string? ReferencedPath(string folder, MappingReader yaml, string key, DiagnosticBag diagnostics)
    {
        var name = yaml.String(key);
        if (name is null) return null;
        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, name));
        if (path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return path;
        diagnostics.Error(yaml.LocationOfValue(key), Codes.FileMissing,
            Messages.Format("PP0002_Outside", FieldNames.Describe(key), name));
        return null;
    }
}
