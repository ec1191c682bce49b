using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Cli;

/// <summary>
/// The tool as an office gets it: packed from a copy of the sources by build.ps1 pack (the pointer package,
/// the framework-dependent one and, on linux-x64, the Native AOT one), installed into a tool path from that
/// folder and nothing else, 'init' in an empty folder, and the new repository built and checked by the
/// installed tool. No file of this source tree is read by the tool in the new repository. Every example
/// builds to the same bytes with the installed tool, the framework-dependent package and the JIT build.
/// </summary>
public sealed class ToolPackageTests(PackedTool tool) : IClassFixture<PackedTool>
{
    [Fact]
    public void The_packed_tool_installs_from_a_local_folder_makes_a_repository_and_builds_it()
    {
        var office = Path.Combine(tool.Root, "office-" + Guid.NewGuid().ToString("N"));
        var init = tool.Run(tool.Root, tool.Installed, "init", Path.GetFileName(office), "--package-source", tool.Packages);
        var build = tool.Run(office, tool.Installed, "build");
        // The nuget.config init wrote (the folder as the only source, mapped to the tool's id) restores the tool,
        // with a package cache of its own so that it really comes from the feed.
        var restore = tool.Run(office, "dotnet", "tool", "restore");

        Assert.Contains($"已在 {Path.GetFileName(office)} 新建内容仓库", init);
        Assert.Contains("构建成功", build);
        Assert.Contains("perfpublish.cli", restore, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(office, "output", "site", "2021-632001", "2021-632001.docx")));
        Assert.True(File.Exists(Path.Combine(office, "output", "site", "index.html")));
        Assert.Contains($"\"perfpublish.cli\": {{\n      \"version\": \"{tool.Version}\"", File.ReadAllText(Path.Combine(office, ".config", "dotnet-tools.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Templates, "reference.docx")), File.ReadAllBytes(Path.Combine(office, "templates", "reference.docx")));
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "ci", "github", "perfpublish.yml")), File.ReadAllText(Path.Combine(office, ".github", "workflows", "perfpublish.yml")));
        Assert.True(File.Exists(Path.Combine(office, ".github", "perfpublish-matcher.json")), "the workflow's add-matcher names this file");
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "ci", "gitlab", ".gitlab-ci.yml")), File.ReadAllText(Path.Combine(office, ".gitlab-ci.yml")));
        Assert.Contains("output/", File.ReadAllText(Path.Combine(office, ".gitignore")));
        Assert.Contains("部门预算绩效目标", File.ReadAllText(Path.Combine(office, "README.md")));

        // An editor breaks a number: the installed tool says so, in Chinese, at the place.
        var project = Path.Combine(office, "content", "2021-632001", "projects", "01-land-exchange-center.yaml");
        File.WriteAllText(project, File.ReadAllText(project).Replace("  total: 6.00", "  total: 6.50"));
        var (exit, _, error) = tool.Start(office, tool.Installed, "check");
        Assert.Equal(1, exit);
        Assert.Contains("content/2021-632001/projects/01-land-exchange-center.yaml(6,10): error PP0201: 预算数 6.50 ≠ 财政资金 6.00", error);
    }

    [Fact]
    public void On_linux_x64_the_installed_tool_is_the_native_package_and_elsewhere_the_framework_dependent_one()
    {
        var store = Path.Combine(tool.Tools, ".store", "perfpublish.cli", tool.Version);
        var native = RuntimeInformation.RuntimeIdentifier == "linux-x64";
        Assert.Equal(native ? ["perfpublish.cli.linux-x64"] : ["perfpublish.cli.any"],
            Directory.GetDirectories(store).Select(Path.GetFileName).Where(name => name!.StartsWith("perfpublish.cli.", StringComparison.Ordinal)));
        // The native package's command is the compiled program itself, not a host that starts the runtime.
        if (native) Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(new FileInfo(tool.Installed).ResolveLinkTarget(true)?.FullName ?? tool.Installed)[..4]);
    }

    [Fact]
    public void Every_example_builds_to_the_same_bytes_with_the_installed_tool_the_framework_dependent_package_and_the_jit_build()
    {
        var jit = Path.Combine(AppContext.BaseDirectory, "PerfPublish.Cli.dll");
        var builds = new (string Name, string Command, string[] Prefix)[]
        {
            ("installed", tool.Installed, []),
            ("any", "dotnet", [tool.FrameworkDependentDll]),
            ("jit", "dotnet", [jit]),
        };
        foreach (var (name, command, prefix) in builds)
            tool.Run(tool.Root, command, [.. prefix, "build", "--content", Repo.Content, "--templates", Repo.Templates, "--output", Path.Combine(tool.Root, "examples-" + name)]);

        var expected = Files(Path.Combine(tool.Root, "examples-jit", "site"));
        Assert.True(expected.Count > 50, $"only {expected.Count} files built");
        foreach (var name in new[] { "installed", "any" })
        {
            var actual = Files(Path.Combine(tool.Root, "examples-" + name, "site"));
            Assert.Equal(expected.Keys, actual.Keys);
            Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{name}: {file.Key} differs from the JIT build's"));
        }
    }

    private static SortedDictionary<string, byte[]> Files(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}

/// <summary>
/// The packages build.ps1 pack writes from a copy of the sources (a clean tree: nothing built in this one is
/// packed), and the tool installed from them into a tool path, once for the tests of the class. The AOT
/// compile makes this take about 6 minutes on two cores.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public PackedTool()
    {
        Directory.CreateDirectory(Root);
        var sources = Path.Combine(Root, "sources");
        foreach (var folder in new[] { "src", "templates", "schemas", "ci", ".config", Path.Combine("content", "2021-632001") })
            CopyTree(Path.Combine(Repo.Root, folder), Path.Combine(sources, folder));
        foreach (var file in new[] { "build.ps1", "README.md", "Directory.Build.props", "Directory.Packages.props" })
            File.Copy(Path.Combine(Repo.Root, file), Path.Combine(sources, file));
        // The install takes the local folder only: nothing may come from nuget.org or the source tree. (Not a
        // nuget.config above the sources, which restore every other package as the machine does.)
        var feedOnly = Path.Combine(Root, "feed-only.config");
        File.WriteAllText(feedOnly, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{Packages}" /></packageSources></configuration>
            """);

        // Packed with the machine's package cache (a fresh one would download every package the build uses).
        Check(Start(sources, ["dotnet", "tool", "restore"], ownPackageCache: false), "dotnet tool restore");
        Check(Start(sources, ["dotnet", "pwsh", "build.ps1", "pack", Packages], ownPackageCache: false), "build.ps1 pack");
        var pointer = Assert.Single(Directory.GetFiles(Packages, "PerfPublish.Cli.*.nupkg"), p => char.IsDigit(Path.GetFileName(p)["PerfPublish.Cli.".Length]));
        Version = Path.GetFileNameWithoutExtension(pointer)["PerfPublish.Cli.".Length..];
        Run(Root, "dotnet", "tool", "install", "PerfPublish.Cli", "--tool-path", Tools, "--configfile", feedOnly, "--version", Version);
        ZipFile.ExtractToDirectory(Path.Combine(Packages, $"PerfPublish.Cli.any.{Version}.nupkg"), Path.Combine(Root, "any"));
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "perfpublish-tests", "package-" + Guid.NewGuid().ToString("N"));

    public string Packages => Path.Combine(Root, "packages");

    public string Tools => Path.Combine(Root, "tools");

    public string Version { get; }

    public string Installed => Path.Combine(Tools, OperatingSystem.IsWindows() ? "perfpublish.exe" : "perfpublish");

    /// <summary>The framework-dependent package's CLI, as a platform without a native package runs it.</summary>
    public string FrameworkDependentDll => Path.Combine(Root, "any", "tools", "net10.0", "any", "PerfPublish.Cli.dll");

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    public string Run(string folder, string command, params string[] args) =>
        Check(Start(folder, [command, .. args], ownPackageCache: true), $"{command} {string.Join(' ', args)}");

    public (int Exit, string Out, string Error) Start(string folder, string command, params string[] args) =>
        Start(folder, [command, .. args], ownPackageCache: true);

    private static string Check((int Exit, string Out, string Error) run, string what)
    {
        Assert.True(run.Exit == 0, $"{what} exited with {run.Exit}:\n{run.Out}\n{run.Error}");
        return run.Out;
    }

    /// <summary>
    /// A package cache of its own (<paramref name="ownPackageCache"/>): the machine's cache may hold an older
    /// package of the same version, and each run gets a new one, so that a restore finds nothing cached by the
    /// install before it; and then a .NET home of its own, whose tool cache (~/.dotnet/toolResolverCache) would
    /// otherwise be left sending the user's own 'dotnet perfpublish' of this version to a folder this test deletes.
    /// </summary>
    private (int Exit, string Out, string Error) Start(string folder, string[] command, bool ownPackageCache)
    {
        var start = new ProcessStartInfo(command[0], command[1..]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PERFPUBLISH_PDF"] = "off";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("PERFPUBLISH_LANG");
        if (ownPackageCache)
        {
            start.Environment["NUGET_PACKAGES"] = Path.Combine(Root, "nuget-packages-" + Guid.NewGuid().ToString("N"));
            start.Environment["DOTNET_CLI_HOME"] = Path.Combine(Root, "home");
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from).Where(f => Path.GetFileName(f) is not ("bin" or "obj")))
            CopyTree(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
