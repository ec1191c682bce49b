using System.Reflection;

namespace PerfPublish.Publishing;

/// <summary>
/// What an output was built with, recorded in its manifest: the tool (its version, and the build identity of
/// its code, which changes with any change to it) and the templates (a hash of every file). 'perfpublish site'
/// puts together only shards of one identity, its own: a site whose pages and index come from different
/// templates or versions would look whole and be inconsistent.
/// </summary>
public sealed record BuildIdentity(string Tool, string Templates)
{
    public static string CurrentTool { get; } = ToolOf(typeof(BuildIdentity).Assembly);

    public static BuildIdentity Of(string templatesFolder) => new(CurrentTool, ContentKey.OfFolder(templatesFolder));

    private static string ToolOf(Assembly assembly) =>
        $"{assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString()} ({assembly.ManifestModule.ModuleVersionId})";
}
