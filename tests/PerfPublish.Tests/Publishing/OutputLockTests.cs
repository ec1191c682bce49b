using PerfPublish.Corpus;
using PerfPublish.Diagnostics;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

/// <summary>One build per output folder at a time (OutputLock): a second one is refused, the first one's output is whole.</summary>
public class OutputLockTests
{
    /// <summary>A PID no process has: Linux gives out PIDs up to 2^22.</summary>
    internal const int GonePid = int.MaxValue - 1;

    [Fact]
    public void Of_two_builds_into_one_output_folder_at_once_the_second_is_refused_and_the_output_is_the_first_ones()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 3, Projects: 3));
        var otherContent = Path.Combine(corpus.Root, "other-content");
        TempContent.Copy(corpus.Content, otherContent);
        var title = Path.Combine(otherContent, Path.GetFileName(corpus.Folders[0]), "publication.yaml");
        File.WriteAllText(title, File.ReadAllText(title).Replace("title: ", "title: 另一份"));
        var first = corpus.Options("out");

        using var pause = new PausedBuild(first);
        var refused = Pipeline.Build(first with { ContentFolder = otherContent });
        var built = pause.Finish();

        Assert.True(built.Succeeded);
        Assert.False(refused.Succeeded);
        var error = Assert.Single(refused.Diagnostics);
        Assert.Equal((Severity.Error, Codes.OutputInUse), (error.Severity, error.Code));
        Assert.Contains($"process {Environment.ProcessId}", error.Message);
        // The site and its manifest are both the first build's: those of a clean build of its content.
        Assert.True(Pipeline.Build(corpus.Options("clean") with { UseCache = false }).Succeeded);
        GeneratedCorpus.AssertSameSite(corpus.Site("clean"), corpus.Site("out"));
        Assert.Equal(File.ReadAllBytes(BuildManifest.PathIn(corpus.Output("clean"))), File.ReadAllBytes(BuildManifest.PathIn(first.OutputFolder)));
    }

    [Fact]
    public void The_command_refuses_a_folder_another_build_holds_with_exit_code_3_and_names_that_build()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 2, Projects: 3));
        var options = corpus.Options("out");

        using var pause = new PausedBuild(options);
        var (exit, _, error) = CliProcess.Run(corpus.Root, new Dictionary<string, string> { ["PERFPUBLISH_PDF"] = "off" },
            "build", "--content", corpus.Content, "--templates", Repo.Templates, "--output", options.OutputFolder);
        Assert.True(pause.Finish().Succeeded);

        Assert.Equal(3, exit);
        Assert.Contains("error PP0403:", error);
        Assert.Contains($"process {Environment.ProcessId}", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_lock_left_by_a_build_that_was_killed_is_taken_over_and_released()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 3));
        var options = corpus.Options("out");
        Directory.CreateDirectory(options.OutputFolder);
        var lockFile = Path.Combine(options.OutputFolder, OutputLock.FileName);
        File.WriteAllText(lockFile, "");
        File.WriteAllText(Path.Combine(options.OutputFolder, OutputLock.OwnerFileName), $"{GonePid}\n2020-01-01T00:00:00Z\n");

        Assert.True(Pipeline.Build(options).Succeeded);

        Assert.False(File.Exists(lockFile));
        Assert.False(File.Exists(Path.Combine(options.OutputFolder, OutputLock.OwnerFileName)));
    }

    [Fact]
    public void Staging_folders_left_by_killed_builds_are_deleted()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 3));
        var options = corpus.Options("out");
        Assert.True(Pipeline.Build(options).Succeeded);
        string[] leftovers = [$".site.staging-{GonePid}", $".site.previous-{GonePid}", $".site.previous-{Environment.ProcessId}"];
        foreach (var folder in leftovers)
        {
            Directory.CreateDirectory(Path.Combine(options.OutputFolder, folder, "2021-000001"));
            File.WriteAllText(Path.Combine(options.OutputFolder, folder, "2021-000001", "index.html"), "<p>半成品</p>");
        }

        Assert.True(Pipeline.Build(options).Succeeded);

        Assert.All(leftovers, folder => Assert.False(Directory.Exists(Path.Combine(options.OutputFolder, folder)), folder));
    }

    [Fact]
    public void LibreOffice_profiles_of_builds_that_are_gone_are_deleted_and_those_of_running_ones_kept()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        var libreOffice = new FakeLibreOffice(content.Root);
        var profiles = Path.Combine(libreOffice.TempFolder, "perfpublish-libreoffice");
        var gone = Path.Combine(profiles, $"{GonePid}-0123456789abcdef", "profile");
        var running = Path.Combine(profiles, $"{Environment.ProcessId}-0123456789abcdef", "profile");
        Directory.CreateDirectory(gone);
        Directory.CreateDirectory(running);

        var (exit, _, _) = CliProcess.Run(content.Root, libreOffice.Environment, "build", "--templates", Repo.Templates);

        Assert.Equal(0, exit);
        Assert.True(libreOffice.Starts > 0, "the build used LibreOffice");
        Assert.False(Directory.Exists(Path.GetDirectoryName(gone)));
        Assert.True(Directory.Exists(running));
    }

    /// <summary>A build stopped at its first progress report (it holds its output folder then) until Finish.</summary>
    private sealed class PausedBuild : IProgress<BuildStep>, IDisposable
    {
        private readonly ManualResetEventSlim _reached = new();
        private readonly ManualResetEventSlim _released = new();
        private readonly Task<BuildResult> _build;

        public PausedBuild(BuildOptions options)
        {
            _build = Task.Run(() => Pipeline.Build(options, this));
            Assert.True(WaitHandle.WaitAny([_reached.WaitHandle, ((IAsyncResult)_build).AsyncWaitHandle], TimeSpan.FromMinutes(2)) == 0,
                "the build reached its first step");
        }

        public void Report(BuildStep value)
        {
            _reached.Set();
            _released.Wait();
        }

        public BuildResult Finish()
        {
            _released.Set();
            return _build.Result;
        }

        /// <summary>A failed assertion must not leave the build waiting forever.</summary>
        public void Dispose() => _released.Set();
    }
}
