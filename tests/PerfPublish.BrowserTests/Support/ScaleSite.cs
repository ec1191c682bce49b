using System.Diagnostics;
using PerfPublish.Corpus;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.BrowserTests.Support;

/// <summary>
/// A bureau's site at scale: 1,000 units × 3 projects × 3 consecutive years generated from the seed
/// (src/PerfPublish.Corpus), built once per test run into output/test-artifacts/browser/scale. The
/// build's time is printed for the log (the benchmark target measures speed; nothing here asserts it).
/// </summary>
public static class ScaleSite
{
    public static readonly CorpusShape Shape = new(Units: 1000, Projects: 3, Years: 3);

    private static readonly Lazy<Built> Site = new(Build);

    public static string Root => Site.Value.Root;

    public static BuildResult Result => Site.Value.Result;

    public static TimeSpan BuildTime => Site.Value.Time;

    public sealed record Built(string Root, BuildResult Result, TimeSpan Time);

    private static Built Build()
    {
        var folder = Artifacts.Folder("scale");
        var content = System.IO.Path.Combine(folder, "content");
        if (Directory.Exists(content)) Directory.Delete(content, recursive: true);
        CorpusGenerator.Write(Repo.SeedPublication, content, Shape);

        var options = new BuildOptions(content, Repo.Templates, System.IO.Path.Combine(folder, "output"))
        {
            RenderPdf = false,
            SiteUrl = new Uri("https://czj.example.gov.cn/jxmb/"),
        };
        var clock = Stopwatch.StartNew();
        var result = Pipeline.Build(options);
        clock.Stop();
        Console.WriteLine($"scale site {Shape}: built in {clock.Elapsed.TotalSeconds:0.0} s");
        return new Built(options.SiteFolder, result, clock.Elapsed);
    }
}
