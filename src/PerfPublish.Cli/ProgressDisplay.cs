using PerfPublish.Publishing;
using Spectre.Console;

namespace PerfPublish.Cli;

/// <summary>
/// Shows a build's progress: live bars on an interactive terminal (Spectre.Console), and one plain line
/// per step where output goes to a log (CI, a pipe, a file), since redrawn bars make unreadable logs.
/// </summary>
internal static class ProgressDisplay
{
    public static bool IsInteractive =>
        !Console.IsOutputRedirected &&
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) &&
        AnsiConsole.Profile.Capabilities.Interactive;

    public static T Run<T>(Func<IProgress<BuildStep>, T> work)
    {
        if (!IsInteractive)
            return work(new Callback(step => Console.WriteLine($"{CliText.Stage(step.Stage)} [{step.Index}/{step.Count}] {step.Subject}")));

        return AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                return work(new Callback(step =>
                {
                    if (!tasks.TryGetValue(step.Stage, out var task))
                        tasks[step.Stage] = task = context.AddTask(CliText.Stage(step.Stage), maxValue: step.Count);
                    task.Description = $"{CliText.Stage(step.Stage)} {Markup.Escape(step.Subject)}";
                    task.Value = step.Index;
                }));
            });
    }

    /// <summary>Reports synchronously on the building thread (Progress&lt;T&gt; would post to the thread pool and lag behind).</summary>
    private sealed class Callback(Action<BuildStep> report) : IProgress<BuildStep>
    {
        public void Report(BuildStep value) => report(value);
    }
}
