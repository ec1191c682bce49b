using System.Diagnostics;

namespace PerfPublish.Tests.Support;

/// <summary>
/// A throw-away git repository laid out as an office's (content/ and templates/), with the seed publication
/// as its first commit; tests edit files and commit again. Commits carry fixed dates and author so that what
/// is made from them is the same on every run. Deleted when disposed.
/// </summary>
public sealed class TempRepository : IDisposable
{
    public static readonly DateTimeOffset FirstDate = new(2021, 1, 4, 9, 0, 0, TimeSpan.FromHours(8));

    private int _commits;

    private TempRepository(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    public string Review => Path.Combine(Output, "review");

    /// <summary>The seed publication under content/2021-632001 and the repository's templates, committed once.</summary>
    public static TempRepository WithSeed()
    {
        var repository = new TempRepository(Path.Combine(Path.GetTempPath(), "perfpublish-tests", "repo-" + Guid.NewGuid().ToString("N")));
        TempContent.Copy(Repo.SeedPublication, Path.Combine(repository.Root, "content", "2021-632001"));
        TempContent.Copy(Repo.Templates, Path.Combine(repository.Root, "templates"));
        // Builds write output/, which an office's repository ignores.
        File.WriteAllText(Path.Combine(repository.Root, ".gitignore"), "output/\n");
        repository.Git("init", "--quiet", "--initial-branch=main");
        repository.Commit("the seed");
        return repository;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(oldText, text);
        File.WriteAllText(PathOf(relative), text.Replace(oldText, newText));
    }

    /// <summary>Commits everything, an hour after the previous commit; returns the commit's date.</summary>
    public DateTimeOffset Commit(string message)
    {
        var date = FirstDate.AddHours(_commits++);
        Git(["add", "--all"]);
        Git(["commit", "--quiet", "--allow-empty", "-m", message], date);
        return date;
    }

    /// <summary>Commits everything into the last commit with its date kept, as a rebase or an amend can.</summary>
    public void Amend()
    {
        Git(["add", "--all"]);
        Git(["commit", "--quiet", "--amend", "--no-edit", "--allow-empty"], FirstDate.AddHours(_commits - 1));
    }

    public string Git(params string[] arguments) => Git(arguments, null);

    private string Git(string[] arguments, DateTimeOffset? date)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Editor";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "editor@example.gov.cn";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        if (date is { } d) start.Environment["GIT_AUTHOR_DATE"] = start.Environment["GIT_COMMITTER_DATE"] = d.ToString("yyyy-MM-ddTHH:mm:sszzz");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output.Result;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
