using System.Diagnostics;
using PerfPublish.Corpus;

namespace PerfPublish.Bench;

/// <summary>
/// 'bench profile [--sizes 50x10]': every stage of every publication of a corpus, one at a time in
/// this process, with a stopwatch around each: the share of each stage in a whole build (after a
/// first publication that warms the code up, so start-up is not counted here; see 'coldstart').
/// </summary>
public static class StageProfile
{
    public static string Run(BenchOptions options)
    {
        var shape = options.Sizes[0];
        var content = Path.GetFullPath(Path.Combine(options.Output, "profile", shape.ToString().Replace('×', 'x')));
        if (Directory.Exists(content)) Directory.Delete(content, recursive: true);
        var folders = CorpusGenerator.Write(options.Seed, content, shape);
        var stages = new PipelineStages(options.Templates);
        stages.Run(folders[0], new SumTimer());

        var timer = new SumTimer();
        var bytes = folders.Select(folder => stages.Run(folder, timer)).ToList();
        var all = timer.Totals.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        var md = new System.Text.StringBuilder();
        // Tiered JIT code is still unoptimised after one publication; build.ps1 turns tiering off for the profile.
        var code = Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") == "0" ? "code optimised as in the AOT tool" : "tiered JIT code";
        md.AppendLine($"Stage profile, {shape} ({folders.Count} publications, one thread, warm, {code}; output {bytes.Sum(b => b.Docx) / 1048576.0:0.0} MB DOCX, " +
            $"{bytes.Sum(b => b.Html) / 1048576.0:0.0} MB HTML, {bytes.Sum(b => b.Data) / 1048576.0:0.0} MB data)").AppendLine();
        md.AppendLine("| stage | total (s) | share | per publication (ms) |").AppendLine("|---|---:|---:|---:|");
        foreach (var (stage, time) in timer.Totals)
            md.AppendLine($"| {stage} | {time.TotalSeconds:0.000} | {time / all:P0} | {time.TotalMilliseconds / folders.Count:0.0} |");
        md.AppendLine($"| all | {all.TotalSeconds:0.000} | | {all.TotalMilliseconds / folders.Count:0.0} |");
        return md.ToString();
    }

    private sealed class SumTimer : IStageTimer
    {
        public Dictionary<string, TimeSpan> Totals { get; } = [];

        public T Time<T>(string stage, Func<T> work)
        {
            var clock = Stopwatch.StartNew();
            var result = work();
            Totals[stage] = Totals.GetValueOrDefault(stage) + clock.Elapsed;
            return result;
        }
    }
}
