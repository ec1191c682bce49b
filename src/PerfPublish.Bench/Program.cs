using System.Diagnostics;
using BenchmarkDotNet.Running;
using PerfPublish.Bench;

// build.ps1 bench [--sizes 1x3,1x50,50x10,200x20] [--runs N] [--pdf] [--no-pandoc]   whole builds beside pandoc
// build.ps1 bench stages                                               BenchmarkDotNet per pipeline stage
// build.ps1 bench coldstart                                            where a cold process's time goes, per stage
// build.ps1 bench profile --sizes 50x10                                each stage's share of a whole build
var options = BenchOptions.Parse(args);
Directory.CreateDirectory(options.Output);
if (options.Stages)
{
    StageBenchmarks.Prepare(options);
    BenchmarkRunner.Run<StageBenchmarks>(StageBenchmarks.Config(options));
    return 0;
}

foreach (var (mode, run) in new (string, Func<BenchOptions, string>)[] { ("coldstart", ColdStart.Run), ("profile", StageProfile.Run) })
{
    if (!args.Contains(mode)) continue;
    var table = run(options);
    File.WriteAllText(Path.Combine(options.Output, mode + ".md"), table);
    Console.WriteLine(table);
    return 0;
}

var pandoc = options.NoPandoc ? null : Harness.FindPandoc();
string? pandocVersion = null;
if (options.NoPandoc)
    Console.WriteLine("NOTE: --no-pandoc: pandoc is not run, the table has no pandoc column.");
else if (pandoc is null)
    Console.WriteLine("NOTE: pandoc is not installed, so the table has no pandoc column to compare with (Debian: apt-get install pandoc).");
else
    pandocVersion = Process.Start(new ProcessStartInfo(pandoc, "--version") { RedirectStandardOutput = true })!.StandardOutput.ReadLine();

var harness = new Harness(options);
var results = options.Sizes.Select(size => harness.Run(size, pandoc)).ToList();
var markdown = BenchReport.Markdown(results, pandocVersion, options.Cli, options.CheckSeconds);
File.WriteAllText(Path.Combine(options.Output, "results.md"), markdown);
File.WriteAllText(Path.Combine(options.Output, "results.json"), BenchReport.Json(results, pandocVersion));
Console.WriteLine();
Console.WriteLine(markdown);
Console.WriteLine($"written: {Path.Combine(options.Output, "results.md")}, results.json");
return 0;
