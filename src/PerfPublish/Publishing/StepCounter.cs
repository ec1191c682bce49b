namespace PerfPublish.Publishing;

/// <summary>Reports a stage's progress from parallel workers: one report at a time, counting the publications finished.</summary>
internal sealed class StepCounter(IProgress<BuildStep>? progress, string stage, int count)
{
    private readonly Lock _lock = new();
    private int _done;

    public void Done(string subject)
    {
        if (progress is null) return;
        lock (_lock) progress.Report(new BuildStep(stage, subject, ++_done, count));
    }
}
