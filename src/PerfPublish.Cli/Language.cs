using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace PerfPublish.Cli;

/// <summary>
/// The language of everything printed: Chinese unless --lang en or PERFPUBLISH_LANG=en asks for English.
/// It is chosen before the commands are made, since their help texts are read in the language chosen;
/// the --lang option itself is declared on the root command so that the parser accepts it anywhere.
/// </summary>
internal static class Language
{
    public const string Variable = "PERFPUBLISH_LANG";
    public static readonly string[] Choices = ["zh", "en"];

    public static void Choose(string[] args)
    {
        var asked = FromArguments(args) ?? Environment.GetEnvironmentVariable(Variable);
        // zh-Hans also picks System.CommandLine's own Chinese messages (usage errors, the help's headings).
        var culture = asked?.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "zh-Hans";
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        AssemblyLoadContext.Default.Resolving += SatelliteInAnyCase;
    }

    /// <summary>
    /// With invariant globalization a culture's name comes out in lower case ("zh-hans"), so on a case-sensitive
    /// file system the runtime misses System.CommandLine's Chinese in the "zh-Hans" folder: look it up there.
    /// </summary>
    private static Assembly? SatelliteInAnyCase(AssemblyLoadContext context, AssemblyName name)
    {
        if (string.IsNullOrEmpty(name.CultureName)) return null;
        var folder = Directory.EnumerateDirectories(AppContext.BaseDirectory)
            .FirstOrDefault(f => string.Equals(Path.GetFileName(f), name.CultureName, StringComparison.OrdinalIgnoreCase));
        var path = folder is null ? null : Path.Combine(folder, name.Name + ".dll");
        return path is not null && File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }

    private static string? FromArguments(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length) return args[i + 1];
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) return args[i]["--lang=".Length..];
        }
        return null;
    }
}
