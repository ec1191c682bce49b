namespace PerfPublish.Build;

/// <summary>
/// One step of a build as progress reports it: the stage ("check", "compose", "write"), what it works
/// on, and its place among the steps of that stage, so a terminal can draw a bar and CI print a line.
/// </summary>
public sealed record BuildStep(string Stage, string Subject, int Index, int Count);

/// <summary>A build held in memory: its diagnostics and, when it succeeded, the site's files by relative path.</summary>
public sealed record RenderResult(IReadOnlyList<PerfPublish.Diagnostics.Diagnostic> Diagnostics, IReadOnlyDictionary<string, byte[]>? Files)
{
    public bool Succeeded => Files is not null;

    /// <summary>Information for the person building (a skipped step and how to enable it), see BuildResult.Notices.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
