using System.Text.RegularExpressions;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Docs;

/// <summary>
/// docs/architecture.md stays true as the code moves: every folder it names exists, and every folder of
/// src/ (each project, and each stage folder of the library) is named there, so a new stage cannot go
/// unmentioned and a renamed one cannot leave a dead name behind.
/// </summary>
public partial class ArchitectureDocTests
{
    [GeneratedRegex(@"`((?:src|tests|templates|schemas|ci)(?:/[\w.\-<>]+)*)/?`")]
    private static partial Regex RepositoryPath();

    private static string Page() => File.ReadAllText(Path.Combine(Repo.Root, "docs", "architecture.md"));

    private static IReadOnlyList<string> NamedPaths() =>
        [.. RepositoryPath().Matches(Page()).Select(m => m.Groups[1].Value).Where(p => !p.Contains('<')).Distinct()];

    [Fact]
    public void Every_path_it_names_exists()
    {
        var missing = NamedPaths().Where(p => !Directory.Exists(Path.Combine(Repo.Root, p)) && !File.Exists(Path.Combine(Repo.Root, p)));

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_source_folder_is_named()
    {
        var named = NamedPaths().ToHashSet(StringComparer.Ordinal);
        var projects = Directory.GetDirectories(Path.Combine(Repo.Root, "src"));
        var stages = Directory.GetDirectories(Path.Combine(Repo.Root, "src", "PerfPublish"), "*", SearchOption.AllDirectories);
        var folders = projects.Concat(stages)
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"));

        Assert.Empty(folders.Except(named).ToList());
    }
}
