using Mono.Unix.Native;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Publishing;
using PerfPublish.Serve;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

/// <summary>
/// Content files that are not regular files inside their publication (issue 21): a link, even one pointing
/// inside, a named pipe, a link to a device, a publication reached through a linked folder. Each is refused
/// with PP0007 where it is referenced, the same by check, build and serve (which renders with the same
/// loader), and nothing of what it points at reaches any output. Files nobody references (an editor's lock
/// file, a pipe, a link to /dev/zero) are passed over: no crash, no hang, no read without end.
/// The links and pipes are made in a temporary copy of the seed; Unix only.
/// </summary>
public sealed class HostileFilesTests : IDisposable
{
    /// <summary>A pipe opened for reading waits for a writer forever; a test that has not finished by then failed.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private const string Secret = "url = https://user:token-4711@git.example/secret.git";

    private readonly TempContent _content = TempContent.CopyOf(Repo.SeedPublication);

    public void Dispose() => _content.Dispose();

    private string SecretFile
    {
        get
        {
            var path = Path.Combine(_content.Root, "secret.txt");
            File.WriteAllText(path, Secret + "\n");
            return path;
        }
    }

    public static TheoryData<string> LinkTargets() => ["../../secret.txt", "overall-objective.md", "ABSOLUTE"];

    [UnixTheory]
    [MemberData(nameof(LinkTargets))]
    public async Task A_markdown_file_that_is_a_link_is_refused_at_its_reference_by_check_build_and_serve(string target)
    {
        target = target == "ABSOLUTE" ? SecretFile : target;
        _ = SecretFile;
        Replace("safeguards.md", () => File.CreateSymbolicLink(Path.Combine(_content.Path, "safeguards.md"), target));

        var results = await Everywhere();

        foreach (var (verb, diagnostics, outputs) in results)
        {
            var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal((Codes.NotRegularFile, "publication.yaml", 20, 13), (error.Code, Relative(error.Location.File), error.Location.Line, error.Location.Column));
            Assert.Contains("safeguards.md", error.Message);
            Assert.DoesNotContain(outputs, text => text.Contains("token-4711", StringComparison.Ordinal));
            Assert.True(outputs.Count == 0, $"{verb} wrote {outputs.Count} files");
        }
    }

    [UnixFact]
    public async Task A_project_file_that_is_a_link_is_refused_at_the_file()
    {
        var outside = Path.Combine(_content.Root, "elsewhere.yaml");
        File.Copy(Path.Combine(_content.Path, "projects", "02-review-fees.yaml"), outside);
        File.CreateSymbolicLink(Path.Combine(_content.Path, "projects", "04-linked.yaml"), outside);

        foreach (var (_, diagnostics, _) in await Everywhere())
        {
            var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal((Codes.NotRegularFile, "projects/04-linked.yaml", 1), (error.Code, Relative(error.Location.File), error.Location.Line));
        }
    }

    [UnixFact]
    public async Task A_projects_folder_that_is_a_link_is_refused_and_none_of_its_files_is_read()
    {
        var outside = Path.Combine(_content.Root, "other-projects");
        TempContent.Copy(Path.Combine(_content.Path, "projects"), outside);
        File.AppendAllText(Path.Combine(outside, "01-land-exchange-center.yaml"), "\n# " + Secret + "\n");
        Directory.Delete(Path.Combine(_content.Path, "projects"), recursive: true);
        File.CreateSymbolicLink(Path.Combine(_content.Path, "projects"), outside);

        // Found twice where the content is loaded (check, serve): at the link itself, and where publication.yaml names it.
        foreach (var (_, diagnostics, outputs) in await Everywhere())
        {
            Assert.Contains(diagnostics, d => d.Code == Codes.NotRegularFile && Relative(d.Location.File) == "projects");
            Assert.All(diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.Equal(Codes.NotRegularFile, d.Code));
            Assert.Empty(outputs);
        }
    }

    [UnixFact]
    public async Task A_publication_reached_through_a_linked_folder_under_content_is_refused()
    {
        var elsewhere = Path.Combine(_content.Root, "elsewhere", "2022-632001");
        TempContent.Copy(_content.Path, elsewhere);
        File.CreateSymbolicLink(Path.Combine(_content.Content, "linked"), Path.GetDirectoryName(elsewhere)!);

        foreach (var (_, diagnostics, outputs) in await Everywhere())
        {
            var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal((Codes.NotRegularFile, "../linked"), (error.Code, Relative(error.Location.File)));
            Assert.Empty(outputs);
        }
    }

    [UnixFact]
    public async Task A_publication_yaml_that_is_a_link_is_refused()
    {
        var outside = Path.Combine(_content.Root, "publication.yaml");
        File.Move(Path.Combine(_content.Path, "publication.yaml"), outside);
        File.CreateSymbolicLink(Path.Combine(_content.Path, "publication.yaml"), outside);

        foreach (var (_, diagnostics, _) in await Everywhere())
        {
            Assert.Contains(diagnostics, d => d.Code == Codes.NotRegularFile && Relative(d.Location.File) == "publication.yaml");
        }
    }

    [UnixFact]
    public async Task A_named_pipe_in_place_of_a_content_file_is_refused_without_opening_it()
    {
        Replace("safeguards.md", () => MakePipe(Path.Combine(_content.Path, "safeguards.md")));

        foreach (var (_, diagnostics, _) in await Everywhere())
        {
            var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal((Codes.NotRegularFile, "publication.yaml", 20), (error.Code, Relative(error.Location.File), error.Location.Line));
        }
    }

    /// <summary>
    /// What an editor or a careless copy leaves in a publication folder, referenced by nothing: Emacs's lock
    /// files (links to "user@host.pid", which exist nowhere), a pipe, a link to /dev/zero, a link to a secret.
    /// Check, build and serve pass; the lock file among the projects gets a warning, since a file of that
    /// name would otherwise be a project.
    /// </summary>
    [UnixFact]
    public async Task Entries_nobody_references_are_passed_over_without_a_crash_a_hang_or_an_endless_read()
    {
        File.CreateSymbolicLink(Path.Combine(_content.Path, ".#safeguards.md"), "editor@host.1234:1700000000");
        File.CreateSymbolicLink(Path.Combine(_content.Path, "projects", ".#01-land-exchange-center.yaml"), "editor@host.1234:1700000000");
        File.CreateSymbolicLink(Path.Combine(_content.Path, "zero"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(_content.Path, "notes.md"), SecretFile);
        MakePipe(Path.Combine(_content.Path, "pipe"));

        foreach (var (verb, diagnostics, outputs) in await Everywhere())
        {
            var warning = Assert.Single(diagnostics);
            Assert.Equal((Severity.Warning, Codes.ProjectFileName, "projects/.#01-land-exchange-center.yaml"),
                (warning.Severity, warning.Code, Relative(warning.Location.File)));
            if (verb != "check") Assert.NotEmpty(outputs);
            Assert.DoesNotContain(outputs, text => text.Contains("token-4711", StringComparison.Ordinal));
        }
    }

    [UnixFact]
    public void A_device_and_a_pipe_are_told_from_files_and_folders_without_opening_them()
    {
        var pipe = Path.Combine(_content.Root, "pipe");
        MakePipe(pipe);
        var link = Path.Combine(_content.Root, "zero");
        File.CreateSymbolicLink(link, "/dev/zero");

        Assert.Equal(FileKind.Special, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Special, FileKinds.Of(pipe));
        Assert.Equal((FileKind.Link, FileKind.Special), (FileKinds.Of(link), FileKinds.Behind(link)));
        Assert.Equal(FileKind.Regular, FileKinds.Of(Path.Combine(_content.Path, "publication.yaml")));
        Assert.Equal(FileKind.Directory, FileKinds.Of(_content.Path));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(_content.Path, "no-such-file")));
    }

    [Fact]
    public void A_read_stops_after_the_limit_whatever_the_file_holds()
    {
        var path = Path.Combine(_content.Root, "large.md");
        Directory.CreateDirectory(_content.Root);
        File.WriteAllBytes(path, new byte[3 * 1024 * 1024 + 5]);

        Assert.Equal(SourceFile.MaxBytes + 1, SourceFile.ReadAtMost(path, SourceFile.MaxBytes + 1).Length);
        Assert.Equal(10, SourceFile.ReadAtMost(path, 10).Length);
    }

    /// <summary>Replaces a seed file with what <paramref name="make"/> puts at its path.</summary>
    private void Replace(string relative, Action make)
    {
        File.Delete(Path.Combine(_content.Path, relative));
        make();
    }

    private static void MakePipe(string path) =>
        Assert.Equal(0, Syscall.mkfifo(path, FilePermissions.S_IRUSR | FilePermissions.S_IWUSR));

    /// <summary>The seed folder's path of a diagnostic's file ("publication.yaml", "projects/…").</summary>
    private string Relative(string displayPath) =>
        Path.GetRelativePath(_content.Path, Path.GetFullPath(displayPath)).Replace('\\', '/');

    /// <summary>
    /// What check, build and serve's renderer say about the content, and the text of what each wrote (build:
    /// the site folder; serve: the rendered files), each bounded by <see cref="Patience"/>.
    /// </summary>
    private async Task<List<(string Verb, IReadOnlyList<Diagnostic> Diagnostics, List<string> Outputs)>> Everywhere()
    {
        var options = new BuildOptions(_content.Content, Repo.Templates, _content.Output) { RenderPdf = false };
        var check = await Task.Run(() => Pipeline.Check(options)).WaitAsync(Patience);
        var build = await Task.Run(() => Pipeline.Build(options)).WaitAsync(Patience);
        var built = Directory.Exists(options.SiteFolder)
            ? Directory.GetFiles(options.SiteFolder, "*", SearchOption.AllDirectories).Select(File.ReadAllText).ToList()
            : [];
        using var serve = await Task.Run(() => new Rebuilder(options, _ => { })).WaitAsync(Patience);
        var served = serve.Current.Files?.Values.Select(bytes => System.Text.Encoding.UTF8.GetString(bytes)).ToList() ?? [];
        return [("check", check.Diagnostics, []), ("build", build.Diagnostics, built), ("serve", serve.Current.Diagnostics, served)];
    }
}
