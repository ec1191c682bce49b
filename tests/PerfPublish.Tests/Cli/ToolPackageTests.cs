using System.Diagnostics;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Cli;

/// <summary>
/// The tool as an office gets it: packed (as build.ps1 pack does), installed into a tool path from a local
/// package folder and nothing else, 'init' in an empty folder, and the new repository built and checked by
/// the installed tool. No file of this source tree is read by the tool in the new repository.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _root = Path.Combine(Path.GetTempPath(), "perfpublish-tests", "package-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void The_packed_tool_installs_from_a_local_folder_makes_a_repository_and_builds_it()
    {
        var packages = Path.Combine(_root, "packages");
        var tools = Path.Combine(_root, "tools");
        var office = Path.Combine(_root, "office");
        // Only the local folder: nothing may come from nuget.org or the source tree.
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """);

        // --no-build: the tool was compiled with the tests; the package is what build.ps1 pack writes.
        Run(Repo.Root, "dotnet", "pack", Path.Combine(Repo.Root, "src", "PerfPublish.Cli"), "-c", Configuration, "--no-build", "--nologo", "-o", packages);
        var package = Assert.Single(Directory.GetFiles(packages, "PerfPublish.Cli.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["PerfPublish.Cli.".Length..];
        Run(_root, "dotnet", "tool", "install", "PerfPublish.Cli", "--tool-path", tools, "--configfile", Path.Combine(_root, "nuget.config"), "--version", version);
        var perfpublish = Path.Combine(tools, OperatingSystem.IsWindows() ? "perfpublish.exe" : "perfpublish");

        var init = Run(_root, perfpublish, "init", "office", "--package-source", packages);
        var build = Run(office, perfpublish, "build");
        // The nuget.config init wrote (the folder as the only source, mapped to the tool's id) restores the tool,
        // with a package cache of its own so that it really comes from the feed.
        var restore = Run(office, "dotnet", "tool", "restore");

        Assert.Contains("已在 office 新建内容仓库", init);
        Assert.Contains("构建成功", build);
        Assert.Contains("perfpublish.cli", restore, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(office, "output", "site", "2021-632001", "2021-632001.docx")));
        Assert.True(File.Exists(Path.Combine(office, "output", "site", "index.html")));
        Assert.Contains($"\"perfpublish.cli\": {{\n      \"version\": \"{version}\"", File.ReadAllText(Path.Combine(office, ".config", "dotnet-tools.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Templates, "reference.docx")), File.ReadAllBytes(Path.Combine(office, "templates", "reference.docx")));
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "ci", "github", "perfpublish.yml")), File.ReadAllText(Path.Combine(office, ".github", "workflows", "perfpublish.yml")));
        Assert.True(File.Exists(Path.Combine(office, ".github", "perfpublish-matcher.json")), "the workflow's add-matcher names this file");
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "ci", "gitlab", ".gitlab-ci.yml")), File.ReadAllText(Path.Combine(office, ".gitlab-ci.yml")));
        Assert.Contains("output/", File.ReadAllText(Path.Combine(office, ".gitignore")));
        Assert.Contains("部门预算绩效目标", File.ReadAllText(Path.Combine(office, "README.md")));

        // An editor breaks a number: the installed tool says so, in Chinese, at the place.
        var project = Path.Combine(office, "content", "2021-632001", "projects", "01-land-exchange-center.yaml");
        File.WriteAllText(project, File.ReadAllText(project).Replace("  total: 6.00", "  total: 6.50"));
        var (exit, _, error) = Start(office, perfpublish, "check");
        Assert.Equal(1, exit);
        Assert.Contains("content/2021-632001/projects/01-land-exchange-center.yaml(6,10): error PP0201: 预算数 6.50 ≠ 财政资金 6.00", error);
    }

    private string Run(string folder, string command, params string[] args)
    {
        var (exit, output, error) = Start(folder, command, args);
        Assert.True(exit == 0, $"{command} {string.Join(' ', args)} exited with {exit}:\n{output}\n{error}");
        return output;
    }

    private (int Exit, string Out, string Error) Start(string folder, string command, params string[] args)
    {
        var start = new ProcessStartInfo(command, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PERFPUBLISH_PDF"] = "off";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("PERFPUBLISH_LANG");
        // A package cache of its own: the machine's cache may hold an older package of the same version.
        // Each run gets a new one, so that a restore finds nothing cached by the install before it.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(_root, "nuget-packages-" + Guid.NewGuid().ToString("N"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
