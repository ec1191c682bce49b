using System.Diagnostics;

namespace PerfPublish.Bench;

/// <summary>
/// 'bench coldstart': where a cold process's time goes on the seed. Each stage runs twice in this
/// fresh process; the first call pays loading and compiling its code, the second is the work alone,
/// so the difference is the start-up cost that stage adds. (This process is compiled just in time.)
/// </summary>
public static class ColdStart
{
    public static string Run(BenchOptions options)
    {
        var clock = Stopwatch.StartNew();
        var stages = new PipelineStages(options.Templates);
        var templates = clock.Elapsed.TotalMilliseconds;
        var timer = new TwiceTimer();
        stages.Run(Path.GetFullPath(options.Seed), timer);

        var md = new System.Text.StringBuilder();
        md.AppendLine($"Cold start on the seed ({(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:0} ms from process start; loading the templates took {templates:0} ms)").AppendLine();
        md.AppendLine("| stage | first call (ms) | second call (ms) | start-up cost (ms) |").AppendLine("|---|---:|---:|---:|");
        foreach (var (stage, first, second) in timer.Rows) md.AppendLine($"| {stage} | {first:0.0} | {second:0.0} | {first - second:0.0} |");
        return md.ToString();
    }

    private sealed class TwiceTimer : IStageTimer
    {
        public List<(string Stage, double First, double Second)> Rows { get; } = [];

        public T Time<T>(string stage, Func<T> work)
        {
            var clock = Stopwatch.StartNew();
            var result = work();
            var first = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            work();
            Rows.Add((stage, first, clock.Elapsed.TotalMilliseconds));
            return result;
        }
    }
}
