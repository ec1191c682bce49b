using System.Text;
using PerfPublish.Diagnostics;
using PerfPublish.Load;

namespace PerfPublish.Scaffold;

/// <summary>
/// What `perfpublish init` makes. <paramref name="DefaultsFolder"/> is the folder the tool carries its
/// defaults in (templates, schemas, the example publication, the CI files, the editors' README);
/// <paramref name="PackageSource"/> a package feed to write into nuget.config, for an office that keeps
/// the tool on its own feed rather than nuget.org.
/// </summary>
public sealed record InitRequest(string Folder, string DefaultsFolder, string PackageId, string ToolVersion, string? PackageSource = null);

/// <summary>Makes an office's own content repository that uses the tool, rather than a clone of the tool's source.</summary>
public static class ContentRepository
{
    /// <summary>Folders of the defaults and where each goes in the new repository.</summary>
    private static readonly (string From, string To)[] Trees =
    [
        ("example", "content"),
        ("templates", "templates"),
        ("schemas", "schemas"),
    ];

    /// <summary>Single files of the defaults and where each goes.</summary>
    private static readonly (string From, string To)[] Files =
    [
        ("repository/README.md", "README.md"),
        ("repository/gitignore", ".gitignore"),
        ("ci/github/perfpublish.yml", ".github/workflows/perfpublish.yml"),
        ("ci/github/perfpublish-matcher.json", ".github/perfpublish-matcher.json"),
        ("ci/gitlab/.gitlab-ci.yml", ".gitlab-ci.yml"),
    ];

    public static ScaffoldResult Init(InitRequest request)
    {
        if (Directory.Exists(request.Folder) && Directory.EnumerateFileSystemEntries(request.Folder).Any())
            return ScaffoldResult.Refused(Messages.Format("Init_NotEmpty", SourceFile.DisplayPath(request.Folder)));

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (from, to) in Trees)
        {
            var root = Path.Combine(request.DefaultsFolder, from);
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                files[Path.Combine(to, Path.GetRelativePath(root, file)).Replace('\\', '/')] = File.ReadAllBytes(file);
        }
        foreach (var (from, to) in Files) files[to] = File.ReadAllBytes(Path.Combine(request.DefaultsFolder, from));
        files[".config/dotnet-tools.json"] = Encoding.UTF8.GetBytes(ToolManifest(request.PackageId, request.ToolVersion));
        if (request.PackageSource is { } source) files["nuget.config"] = Encoding.UTF8.GetBytes(NuGetConfig(source));

        var written = Scaffolder.WriteFolder(request.Folder, files);
        return new ScaffoldResult(written, [], null);
    }

    /// <summary>Pins the tool at the version that made the repository: `dotnet tool restore` brings exactly it back.</summary>
    private static string ToolManifest(string packageId, string version) => $$"""
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "{{packageId.ToLowerInvariant()}}": {
              "version": "{{version}}",
              "commands": [
                "perfpublish"
              ],
              "rollForward": false
            }
          }
        }

        """;

    private static string NuGetConfig(string source) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <!-- Where 'dotnet tool restore' finds PerfPublish (written by perfpublish init package-source). -->
        <configuration>
          <packageSources>
            <add key="perfpublish" value="{System.Security.SecurityElement.Escape(source)}" />
          </packageSources>
        </configuration>

        """;
}
