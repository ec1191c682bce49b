using System.Text;
using PerfPublish.Corpus;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

/// <summary>
/// A build reads only what changed: a content folder whose sizes and write times are the ones recorded keeps
/// its content key unread, an output file keeps its hash unread; the hash decides wherever a stamp differs,
/// and a file written in the last two seconds is never taken on its stamp.
/// </summary>
public class FileStampTests
{
    private static readonly DateTime AnHourAgo = DateTime.UtcNow.AddHours(-1);

    [Fact]
    public void A_folder_has_the_same_stamp_until_a_file_in_it_is_written_added_removed_or_renamed()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 2));
        var folder = corpus.Folders[0];
        var keys = ContentKey.For(Repo.Templates, pdf: false);
        var slug = Path.GetFileName(folder);
        Age(folder);
        var stamp = keys.StampOf(folder, slug);
        Assert.NotNull(stamp);
        Assert.Equal(stamp, keys.StampOf(folder, slug));
        Assert.NotEqual(stamp, keys.StampOf(folder, "another-slug"));
        Assert.NotEqual(stamp, ContentKey.For(Repo.Templates, pdf: true).StampOf(folder, slug));

        var project = Directory.GetFiles(Path.Combine(folder, "projects"))[0];
        var changes = new (string What, Action Change)[]
        {
            ("same size, written again", () => File.SetLastWriteTimeUtc(project, AnHourAgo.AddMinutes(1))),
            ("a file added", () => File.WriteAllText(Path.Combine(folder, "notes.txt"), "x")),
            ("a file removed", () => File.Delete(Path.Combine(folder, "overall-objective.md"))),
            ("a file renamed", () => File.Move(project, project + ".bak")),
        };
        var seen = new HashSet<string> { stamp };
        foreach (var (what, change) in changes)
        {
            change();
            Age(folder, except: what == "same size, written again" ? project : null);
            var changed = keys.StampOf(folder, slug);
            Assert.True(changed is not null && seen.Add(changed), $"{what}: the stamp did not change");
        }
    }

    [Fact]
    public void A_folder_with_a_file_written_in_the_last_two_seconds_has_no_stamp()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 2));
        var folder = corpus.Folders[0];
        Age(folder);
        File.AppendAllText(Path.Combine(folder, "safeguards.md"), "\n");

        Assert.Null(ContentKey.For(Repo.Templates, pdf: false).StampOf(folder, Path.GetFileName(folder)));
    }

    [Fact]
    public void A_rebuild_takes_an_unchanged_folder_on_its_stamp_and_hashes_one_whose_stamp_differs()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 2, Projects: 2));
        Age(corpus.Content);
        var options = corpus.Options("out");
        Assert.True(Pipeline.Build(options).Succeeded);
        Assert.All(BuildStamps.Read(options.OutputFolder).Publications.Values, p => Assert.NotNull(p.Content));

        // The same bytes count, other words: with the write time put back, only the stamp could tell, and it
        // says unchanged, so the folder is not read (the old page stays). With a new write time the hash decides.
        var prose = Path.Combine(corpus.Folders[0], "safeguards.md");
        var text = File.ReadAllText(prose);
        var written = File.GetLastWriteTimeUtc(prose);
        var edited = text.Replace("奠定制度基础", "奠定规则基础");
        Assert.NotEqual(text, edited);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), Encoding.UTF8.GetByteCount(edited));
        File.WriteAllText(prose, edited);
        File.SetLastWriteTimeUtc(prose, written);
        Assert.True(Pipeline.Build(options).Succeeded);
        Assert.DoesNotContain("奠定规则基础", Page(options, corpus.Folders[0]));

        File.SetLastWriteTimeUtc(prose, written.AddSeconds(1));
        Assert.True(Pipeline.Build(options).Succeeded);
        Assert.Contains("奠定规则基础", Page(options, corpus.Folders[0]));
        Assert.True(Pipeline.Build(corpus.Options("clean") with { UseCache = false }).Succeeded);
        GeneratedCorpus.AssertSameSite(corpus.Site("clean"), corpus.Site("out"));
    }

    [Fact]
    public void An_output_file_is_written_with_a_time_before_the_build_and_recorded_with_it_so_any_later_write_shows()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 2));
        var options = corpus.Options("out");
        var start = DateTime.UtcNow;
        Assert.True(Pipeline.Build(options).Succeeded);
        Assert.All(Files(options), f =>
        {
            var written = File.GetLastWriteTimeUtc(Path.Combine(options.SiteFolder, f.Path));
            Assert.Equal(written.Ticks, f.Ticks);
            Assert.True(written < start - FileStamp.Settle, $"{f.Path} was given {written:O}, the build began at {start:O}");
        });

        // Edited by hand, a page gets a later write time: its hash is checked, and it is built again.
        var page = Path.Combine(options.SiteFolder, Path.GetFileName(corpus.Folders[0]), "index.html");
        var written = File.GetLastWriteTimeUtc(page);
        File.WriteAllText(page, File.ReadAllText(page).Replace("<main", "<mein"));
        Assert.True(Pipeline.Build(options).Succeeded);
        Assert.DoesNotContain("<mein", File.ReadAllText(page));

        // Changed with its size and write time kept, it is taken on its stamp: the blind spot every stamp has.
        File.WriteAllText(page, File.ReadAllText(page).Replace("<main", "<mein"));
        File.SetLastWriteTimeUtc(page, File.GetLastWriteTimeUtc(Path.Combine(options.SiteFolder, Path.GetFileName(corpus.Folders[0]), Path.GetFileName(corpus.Folders[0]) + ".docx")));
        Assert.True(Pipeline.Build(options).Succeeded);
        Assert.Contains("<mein", File.ReadAllText(page));
    }

    [Fact]
    public void Without_the_stamps_file_every_output_is_checked_by_its_hash_and_its_time_recorded_again()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 2));
        var options = corpus.Options("out");
        Assert.True(Pipeline.Build(options).Succeeded);
        var page = Path.Combine(options.SiteFolder, Path.GetFileName(corpus.Folders[0]), "index.html");
        var written = File.GetLastWriteTimeUtc(page);
        File.WriteAllText(page, File.ReadAllText(page).Replace("<main", "<mein"));
        File.SetLastWriteTimeUtc(page, written);
        File.Delete(BuildStamps.PathIn(options.OutputFolder));

        // With no stamps to go by, the page's hash shows the change its kept write time hides.
        Assert.True(Pipeline.Build(options).Succeeded);
        Assert.DoesNotContain("<mein", File.ReadAllText(page));
        Assert.All(Files(options), f => Assert.Equal(File.GetLastWriteTimeUtc(Path.Combine(options.SiteFolder, f.Path)).Ticks, f.Ticks));
    }

    [Fact]
    public void The_stamps_are_kept_apart_from_the_manifest_which_the_same_content_writes_byte_for_byte()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 2, Projects: 2));
        Age(corpus.Content);
        Assert.True(Pipeline.Build(corpus.Options("a")).Succeeded);
        Assert.True(Pipeline.Build(corpus.Options("b")).Succeeded);

        Assert.Equal(File.ReadAllBytes(BuildManifest.PathIn(corpus.Output("a"))), File.ReadAllBytes(BuildManifest.PathIn(corpus.Output("b"))));
        Assert.DoesNotContain("Ticks", File.ReadAllText(BuildManifest.PathIn(corpus.Output("a"))));
        Assert.NotEmpty(BuildStamps.Read(corpus.Output("a")).Publications);
    }

    /// <summary>Every file of the site's publications with the write time the stamps file records for it (0 for none).</summary>
    private static IEnumerable<(string Path, long Ticks)> Files(BuildOptions options)
    {
        var stamps = BuildStamps.Read(options.OutputFolder);
        var files = BuildManifest.Read(options.OutputFolder).Publications
            .SelectMany(p => p.Files.Select(f => (f.Path, Ticks: stamps.FilesOf(p.Summary.Slug).GetValueOrDefault(f.Path)))).ToList();
        Assert.NotEmpty(files);
        return files;
    }

    private static string Page(BuildOptions options, string folder) =>
        File.ReadAllText(Path.Combine(options.SiteFolder, Path.GetFileName(folder), "index.html"));

    /// <summary>Every file below <paramref name="folder"/> written an hour ago (but <paramref name="except"/>), as content is that no one just edited.</summary>
    private static void Age(string folder, string? except = null)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => f != except))
            File.SetLastWriteTimeUtc(file, AnHourAgo);
    }
}
