namespace PerfPublish.Publishing;

/// <summary>A build held in memory: its diagnostics and, when it succeeded, the site's files by relative path.</summary>
public sealed record RenderResult(IReadOnlyList<PerfPublish.Diagnostics.Diagnostic> Diagnostics, IReadOnlyDictionary<string, byte[]>? Files)
{
    public bool Succeeded => Files is not null;

    /// <summary>Information for the person building (a skipped step and how to enable it), see BuildResult.Notices.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
