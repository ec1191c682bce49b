namespace PerfPublish.Bench;

/// <summary>
/// How the bench starts perfpublish: "dotnet x.dll" for a framework-dependent build, the file itself for an
/// apphost or native one, and for "tool:&lt;folder&gt;" as an office runs it: `dotnet perfpublish` in a folder
/// whose tool manifest pins the installed packages (build.ps1 bench makes it), with the package cache and
/// .NET home the install used.
/// </summary>
public sealed record CliCommand(string Executable, string[] Prefix, IReadOnlyDictionary<string, string> Environment, string? WorkingFolder)
{
    public const string ToolPrefix = "tool:";

    public static CliCommand Of(string cli)
    {
        if (cli.StartsWith(ToolPrefix, StringComparison.Ordinal))
        {
            var folder = Path.GetFullPath(cli[ToolPrefix.Length..]);
            return new CliCommand("dotnet", ["perfpublish"], new Dictionary<string, string>
            {
                ["NUGET_PACKAGES"] = Path.Combine(folder, "nuget-packages"),
                ["DOTNET_CLI_HOME"] = Path.Combine(folder, "home"),
            }, folder);
        }

        return cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new CliCommand("dotnet", [Path.GetFullPath(cli)], new Dictionary<string, string>(), null)
            : new CliCommand(Path.GetFullPath(cli), [], new Dictionary<string, string>(), null);
    }
}
