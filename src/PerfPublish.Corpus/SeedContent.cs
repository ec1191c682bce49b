using System.Text.RegularExpressions;

namespace PerfPublish.Corpus;

/// <summary>
/// The seed publication's files as text, with the few values a generated copy must change:
/// the year, the unit's code and name, and each project's code and name.
/// </summary>
public sealed record SeedContent(
    int Year,
    string UnitCode,
    string UnitName,
    IReadOnlyList<SeedFile> PublicationFiles,
    IReadOnlyList<SeedProject> Projects)
{
    public const string ProjectsFolder = "projects";

    public static SeedContent Read(string seedFolder)
    {
        var publicationYaml = File.ReadAllText(Path.Combine(seedFolder, "publication.yaml"));
        var files = Directory.GetFiles(seedFolder)
            .Select(path => new SeedFile(Path.GetFileName(path), File.ReadAllText(path)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        var projects = Directory.GetFiles(Path.Combine(seedFolder, ProjectsFolder), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => SeedProject.From(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        if (projects.Count == 0) throw new InvalidDataException($"the seed '{seedFolder}' has no project files to copy");

        return new SeedContent(
            int.Parse(Scalar(publicationYaml, "year")),
            Scalar(publicationYaml, "  code").Trim('"'),
            Scalar(publicationYaml, "  name"),
            files, projects);
    }

    /// <summary>The value of the first line "key: value" (indentation included in the key).</summary>
    internal static string Scalar(string yaml, string key)
    {
        var match = Regex.Match(yaml, $@"^{key}:[ \t]*(?<value>[^#\r\n]*?)[ \t]*(#.*)?\r?$", RegexOptions.Multiline);
        if (!match.Success) throw new InvalidDataException($"the seed has no '{key.Trim()}:' line");
        return match.Groups["value"].Value;
    }
}
