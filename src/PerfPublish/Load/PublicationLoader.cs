using System.Collections.Immutable;
using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Load;

/// <summary>Loads one publication folder (publication.yaml and the files it names) into the typed model.</summary>
public static class PublicationLoader
{
    public const string FileName = "publication.yaml";

    private static readonly string[] Keys =
        ["title", "year", "unit", "currency_unit", "framework", "overall_objective", "objectives", "safeguards", "projects"];

    /// <summary>Every publication folder under <paramref name="contentRoot"/>, in a stable order.</summary>
    public static IReadOnlyList<string> Discover(string contentRoot) =>
        Directory.Exists(contentRoot)
            ? Directory.EnumerateFiles(contentRoot, FileName, SearchOption.AllDirectories)
                .Select(f => Path.GetDirectoryName(f)!)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public static Publication? Load(string folder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, FileName);
        var yaml = YamlFile.ReadMapping(path, SourceLocation.StartOf(SourceFile.DisplayPath(path)), diagnostics);
        if (yaml is null) return null;
        yaml.RejectUnknownKeys(Keys);

        var title = yaml.String("title");
        var year = yaml.Integer("year");
        var unit = ReadUnit(yaml.Mapping("unit"));
        var currency = yaml.String("currency_unit");
        var framework = yaml.String("framework");
        var overall = ReadReferenced(folder, yaml, "overall_objective", diagnostics);
        var objectives = ReadReferencedObjectives(folder, yaml, diagnostics);
        var safeguards = ReadReferenced(folder, yaml, "safeguards", diagnostics);
        var projects = ReadProjects(folder, yaml, diagnostics);

        if (title is null || year is null || unit is null || currency is null || framework is null ||
            overall is null || objectives is null || safeguards is null || projects is null)
            return null;

        return new Publication(Path.GetFileName(Path.GetFullPath(folder)), title, year.Value, unit, currency, framework,
            overall, objectives.Value, safeguards, projects.Value, yaml.Origin);
    }

    private static Unit? ReadUnit(MappingReader? unit)
    {
        if (unit is null) return null;
        unit.RejectUnknownKeys("code", "name");
        var code = unit.String("code");
        var name = unit.String("name");
        return code is null || name is null ? null : new Unit(code, name);
    }

    private static MarkdownText? ReadReferenced(string folder, MappingReader yaml, string key, DiagnosticBag diagnostics)
    {
        var file = yaml.String(key);
        if (file is null) return null;
        var path = Path.Combine(folder, file);
        var text = SourceFile.ReadText(path, yaml.LocationOfValue(key), diagnostics);
        return text is null ? null : new MarkdownText(text, SourceFile.DisplayPath(path));
    }

    private static ImmutableArray<Objective>? ReadReferencedObjectives(string folder, MappingReader yaml, DiagnosticBag diagnostics)
    {
        var file = yaml.String("objectives");
        if (file is null) return null;
        var objectives = YamlFile.ReadMapping(Path.Combine(folder, file), yaml.LocationOfValue("objectives"), diagnostics);
        if (objectives is null) return null;
        objectives.RejectUnknownKeys("objectives");
        return objectives.List("objectives", node => ReadObjective(node, objectives, diagnostics));
    }

    private static Objective? ReadObjective(YamlDotNet.RepresentationModel.YamlNode node, MappingReader parent, DiagnosticBag diagnostics)
    {
        var item = MappingReader.From(node, parent.At.File, "an objective", diagnostics);
        if (item is null) return null;
        item.RejectUnknownKeys("name", "goal", "indicator");
        var name = item.String("name");
        var goal = item.String("goal");
        var indicator = item.String("indicator");
        return name is null || goal is null || indicator is null ? null : new Objective(name, goal, indicator, item.Origin);
    }

    private static ImmutableArray<Project>? ReadProjects(string folder, MappingReader yaml, DiagnosticBag diagnostics)
    {
        var projectsFolder = yaml.String("projects");
        if (projectsFolder is null) return null;
        var path = Path.Combine(folder, projectsFolder);
        if (!Directory.Exists(path))
        {
            diagnostics.Error(yaml.LocationOfValue("projects"), Codes.FileMissing,
                $"folder '{SourceFile.DisplayPath(path)}' does not exist");
            return null;
        }

        var projects = Directory.EnumerateFiles(path, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(file => ProjectLoader.Load(file, diagnostics))
            .ToList();
        return projects.Any(p => p is null) ? null : [.. projects.Cast<Project>()];
    }
}
