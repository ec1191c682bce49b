using System.Diagnostics;
using PerfPublish.Review;
using PerfPublish.Tests.Support;

namespace PerfPublish.BrowserTests.Support;

/// <summary>
/// A review page made once for the browser tests: a two-commit repository of the seed (a budget changed, a goal
/// edited, an indicator renamed, a project added) under output/test-artifacts/browser/review, reviewed with
/// perfpublish diff; its output/review/ is the site the tests load (and build.ps1 test validates its HTML).
/// </summary>
public static class ReviewSite
{
    private static readonly Lazy<string> Folder = new(Make);

    public static string Root => Folder.Value;

    private static string Make()
    {
        var root = Path.Combine(Artifacts.Folder("review"), "repository");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Copy(Repo.SeedPublication, Path.Combine(root, "content", "2021-632001"));
        Copy(Repo.Templates, Path.Combine(root, "templates"));
        File.WriteAllText(Path.Combine(root, ".gitignore"), "output/\n");
        Git(root, "init", "--quiet");
        Commit(root, "the seed");

        var project = Path.Combine(root, "content/2021-632001/projects/01-land-exchange-center.yaml");
        var text = File.ReadAllText(project);
        File.WriteAllText(Path.Combine(root, "content/2021-632001/projects/04-platform-upkeep.yaml"),
            text.Replace("13030421K8U6FQHZNYVC1", "13030421K8U6FQHZNYVC4").Replace("name: 国有土地交易中心运行费用", "name: 政府采购平台维护"));
        File.WriteAllText(project, text.Replace("total: 6.00", "total: 8.00").Replace("fiscal: 6.00", "fiscal: 8.00")
            .Replace("预算6万元，其中财政资金6万元", "预算8万元，其中财政资金8万元").Replace("level3: 交易数量", "level3: 土地交易数量")
            .Replace("高质量完成土地交易工作", "按时高质量完成全年土地交易工作"));
        Commit(root, "the change to review");

        var result = Reviewer.Run(new ReviewRequest("HEAD~1", "HEAD") { WorkingFolder = root, OutputFolder = Path.Combine(root, "output") });
        Assert.True(result.Succeeded, result.Problem + string.Join("\n", result.Diagnostics));
        return Path.Combine(root, "output", "review");
    }

    private static void Commit(string root, string message)
    {
        Git(root, "add", "--all");
        Git(root, "commit", "--quiet", "-m", message);
    }

    private static void Git(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Editor";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "editor@example.gov.cn";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), true);
        foreach (var folder in Directory.GetDirectories(from)) Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
