using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;

namespace PerfPublish.Review;

/// <summary>
/// The git repository a review reads, through the git command line: refs are resolved to commits, and a
/// commit's files are read from the object store (git archive) into a folder, so nothing is checked out
/// and the work tree is never touched.
/// </summary>
public sealed class GitRepository
{
    private GitRepository(string root) => Root = root;

    /// <summary>The work tree's top folder.</summary>
    public string Root { get; }

    /// <summary>The repository the folder is in; null when it is in none or git is not installed.</summary>
    public static GitRepository? Find(string folder)
    {
        var top = Run(folder, ["rev-parse", "--show-toplevel"]);
        return top is { Exit: 0 } ? new GitRepository(Path.GetFullPath(top.Output.Trim())) : null;
    }

    /// <summary>The commit a branch, tag, SHA or expression (HEAD~1, origin/main) names; null when it names none.</summary>
    public string? Resolve(string reference)
    {
        // "--" keeps a ref that starts with '-' from being read as an option.
        if (reference.StartsWith('-')) return null;
        var resolved = Run(Root, ["rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}"]);
        return resolved is { Exit: 0 } ? resolved.Output.Trim() : null;
    }

    /// <summary>The commit's committer date, as the revisions of a review are dated.</summary>
    public DateTimeOffset CommitDate(string commit)
    {
        var date = Run(Root, ["show", "-s", "--format=%cI", commit]);
        return DateTimeOffset.Parse(Required(date, "show").Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the commit's tree has this path (a file or a folder).</summary>
    public bool Has(string commit, string path) =>
        Run(Root, ["cat-file", "-e", $"{commit}:{path.Replace('\\', '/')}"]) is { Exit: 0 };

    /// <summary>
    /// Writes the commit's files under the given paths (relative to the work tree's top) into a folder. Symbolic
    /// links are written as links, so the content loader refuses them as it refuses them in a work tree.
    /// </summary>
    public void Extract(string commit, IEnumerable<string> paths, string folder)
    {
        var present = paths.Select(p => p.Replace('\\', '/')).Where(p => Has(commit, p)).ToList();
        Directory.CreateDirectory(folder);
        if (present.Count == 0) return;
        var start = Start(Root, ["archive", "--format=tar", commit, "--", .. present]);
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        using (var archive = start.StandardOutput.BaseStream)
        {
            using (var reader = new TarReader(archive, leaveOpen: true))
            {
                while (reader.GetNextEntry() is { } entry) Write(entry, root);
            }
            // The reader stops at the end-of-archive blocks, but git pads the archive past them: closing the pipe
            // before a slow git has written the padding kills it with SIGPIPE (exit 141, nothing on stderr).
            archive.CopyTo(Stream.Null);
        }
        var error = start.StandardError.ReadToEnd();
        start.WaitForExit();
        if (start.ExitCode != 0) throw new IOException($"git archive {commit}: {error.Trim()}");
    }

    private static void Write(TarEntry entry, string root)
    {
        var target = Path.GetFullPath(Path.Combine(root, entry.Name));
        // git writes only paths inside the tree; anything else is not written at all.
        if (!target.StartsWith(root, StringComparison.Ordinal)) return;
        switch (entry.EntryType)
        {
            case TarEntryType.Directory:
                Directory.CreateDirectory(target);
                break;
            case TarEntryType.RegularFile or TarEntryType.V7RegularFile:
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: true);
                // git archive dates every file by its commit, and so two versions of a commit with one date, or two
                // commits of one second, could give a file the same size and time: its stamp would not tell them
                // apart (ContentKey.StampOf). Dated when written, it is read and hashed until it has settled.
                File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
                break;
            case TarEntryType.SymbolicLink:
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.CreateSymbolicLink(target, entry.LinkName);
                break;
        }
    }

    private sealed record Result(int Exit, string Output, string Error);

    private static string Required(Result? result, string command) =>
        result is { Exit: 0 } ? result.Output : throw new IOException($"git {command}: {result?.Error.Trim() ?? "git not found"}");

    private static Result? Run(string folder, IReadOnlyList<string> arguments)
    {
        try
        {
            using var process = Start(folder, arguments);
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return new Result(process.ExitCode, output.Result, error);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static Process Start(string folder, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Messages in one language, and no pager or prompt for a credential.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        return Process.Start(start)!;
    }
}
