using System.Diagnostics;
using System.Text.RegularExpressions;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Ci;

/// <summary>
/// Every project restores the packages that were reviewed, not whatever a feed serves today: each has a
/// committed packages.lock.json, and where CI=true (GitHub, GitLab and most CI systems set it) a restore
/// that would change it fails instead.
/// </summary>
public sealed partial class LockFileTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_copy)) Directory.Delete(_copy, recursive: true);
    }

    [GeneratedRegex(@"""([^""]+\.csproj)""")]
    private static partial Regex ProjectInSolution();

    public static TheoryData<string> Projects() =>
        [.. ProjectInSolution().Matches(File.ReadAllText(Path.Combine(Repo.Root, "PerfPublish.sln"))).Select(m => m.Groups[1].Value.Replace('\\', '/'))];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_project_has_its_lock_file_next_to_it(string project)
    {
        Assert.True(File.Exists(Path.Combine(Repo.Root, Path.GetDirectoryName(project)!, "packages.lock.json")), $"{project} has no packages.lock.json");
    }

    [Fact]
    public void Restore_uses_the_lock_file_everywhere_and_is_locked_where_CI_is_true()
    {
        var project = Path.Combine(Repo.Root, "src", "PerfPublish", "PerfPublish.csproj");

        var onCi = Dotnet(Repo.Root, ci: true, "msbuild", project, "-getProperty:RestorePackagesWithLockFile", "-getProperty:RestoreLockedMode");
        var locally = Dotnet(Repo.Root, ci: false, "msbuild", project, "-getProperty:RestoreLockedMode");

        Assert.Equal(0, onCi.Exit);
        Assert.Contains("\"RestorePackagesWithLockFile\": \"true\"", onCi.Output);
        Assert.Contains("\"RestoreLockedMode\": \"true\"", onCi.Output);
        Assert.Equal("", locally.Output.Trim());
    }

    [Fact]
    public void On_CI_a_restore_that_would_change_the_lock_file_fails()
    {
        // A copy of the library project with the repository's props: restored as committed, then with one version changed.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "src/PerfPublish/PerfPublish.csproj", "src/PerfPublish/packages.lock.json" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_copy, file))!);
            File.Copy(Path.Combine(Repo.Root, file), Path.Combine(_copy, file));
        }
        var project = Path.Combine(_copy, "src", "PerfPublish", "PerfPublish.csproj");

        var asCommitted = Dotnet(_copy, ci: true, "restore", project);
        var packages = Path.Combine(_copy, "Directory.Packages.props");
        File.WriteAllText(packages, Regex.Replace(File.ReadAllText(packages), @"(Include=""Markdig"" Version="")[^""]+", "${1}0.40.0"));
        var changed = Dotnet(_copy, ci: true, "restore", project);

        Assert.True(asCommitted.Exit == 0, asCommitted.Output);
        Assert.NotEqual(0, changed.Exit);
        Assert.Contains("NU1004", changed.Output);
    }

    private static (int Exit, string Output) Dotnet(string folder, bool ci, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (ci) start.Environment["CI"] = "true";
        else start.Environment.Remove("CI");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', args)} did not end within 5 minutes");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
