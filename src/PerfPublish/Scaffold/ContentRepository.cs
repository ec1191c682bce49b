using System.Text;
using PerfPublish.Diagnostics;
using PerfPublish.Load;

namespace PerfPublish.Scaffold;

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
        ("ci/install-pdf.sh", ".ci/install-pdf.sh"),
    ];

    public static ScaffoldResult Init(InitRequest request)
    {
        if (request.PackageSource is { } packageSource && SourceProblem(packageSource) is { } problem) return ScaffoldResult.Refused(problem);
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
        if (request.PackageSource is { } source) files["nuget.config"] = Encoding.UTF8.GetBytes(NuGetConfig(source, request.PackageId));

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

    /// <summary>
    /// A feed is an https:// address or a folder (a path, a share, a file:// address). http:// is refused:
    /// the tool would travel unencrypted, and anyone on the way could hand over another package.
    /// </summary>
    private static string? SourceProblem(string source)
    {
        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.IsFile || uri.IsUnc) return null;
        if (uri.Scheme == Uri.UriSchemeHttps) return null;
        return Messages.Format(uri.Scheme == Uri.UriSchemeHttp ? "Init_HttpSource" : "Init_UnknownSource", source);
    }

    /// <summary>
    /// The feed as the only source: &lt;clear/&gt; drops every feed named elsewhere (the user's and the machine's
    /// nuget.config, nuget.org), and the source mapping sends the tool's package, by its id, and every other
    /// package to this feed alone, so no other feed can ever serve a package of the same name. A feed the
    /// office adds later gets no package until the mapping names it.
    /// </summary>
    // No "--" in the XML comment below: XML does not allow it there.
    private static string NuGetConfig(string source, string packageId) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <!--
          Where 'dotnet tool restore' finds PerfPublish (written by perfpublish init, from its package source option).
          <clear /> drops every other feed, and packageSourceMapping sends {packageId} (and any other package)
          to this one only: no other feed can serve a package of the same name. To add a feed, add it
          under packageSources and map the packages it may serve under packageSourceMapping.
        -->
        <configuration>
          <packageSources>
            <clear />
            <add key="perfpublish" value="{System.Security.SecurityElement.Escape(source)}" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="perfpublish">
              <package pattern="{System.Security.SecurityElement.Escape(packageId)}" />
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>

        """;
}
