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
        Assert.All(BuildManifest.Read(options.OutputFolder).Publications, p => Assert.NotNull(p.ContentStamp));

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
    public void An_output_file_checked_by_its_hash_is_recorded_with_its_write_time_and_taken_on_it_after()
    {
        using var corpus = new GeneratedCorpus(new CorpusShape(Units: 1, Projects: 2));
        var options = corpus.Options("out");
        Assert.True(Pipeline.Build(options).Succeeded);
        // Just written: no write time is trusted yet.
        Assert.All(Files(options), f => Assert.Null(f.WrittenTicks));

        Age(options.SiteFolder);
        Assert.True(Pipeline.Build(options).Succeeded);
        Assert.All(Files(options), f => Assert.Equal(File.GetLastWriteTimeUtc(Path.Combine(options.SiteFolder, f.Path)).Ticks, f.WrittenTicks));

        // A page changed with its size and write time kept is now taken on its stamp (the blind spot every
        // stamp has); given a new write time, its hash shows the change and it is built again.
        var page = Path.Combine(options.SiteFolder, Path.GetFileName(corpus.Folders[0]), "index.html");
        var written = File.GetLastWriteTimeUtc(page);
        File.WriteAllText(page, File.ReadAllText(page).Replace("<main", "<mein"));
        File.SetLastWriteTimeUtc(page, written);
        Assert.True(Pipeline.Build(options).Succeeded);
        Assert.Contains("<mein", File.ReadAllText(page));

        File.SetLastWriteTimeUtc(page, written.AddSeconds(1));
        Assert.True(Pipeline.Build(options).Succeeded);
        Assert.DoesNotContain("<mein", File.ReadAllText(page));
    }

    private static IEnumerable<BuiltFile> Files(BuildOptions options) =>
        BuildManifest.Read(options.OutputFolder).Publications.SelectMany(p => p.Files);

    private static string Page(BuildOptions options, string folder) =>
        File.ReadAllText(Path.Combine(options.SiteFolder, Path.GetFileName(folder), "index.html"));

    /// <summary>Every file below <paramref name="folder"/> written an hour ago (but <paramref name="except"/>), as content is that no one just edited.</summary>
    private static void Age(string folder, string? except = null)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => f != except))
            File.SetLastWriteTimeUtc(file, AnHourAgo);
    }
}
