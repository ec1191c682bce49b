using PerfPublish.Diagnostics;

namespace PerfPublish.Publishing;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> WrittenFiles)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>Nothing was built because the output folder could not be had (another build holds it, or it is not a build's): not the content's fault.</summary>
    public bool OutputRefused => Diagnostics.Any(d => d.Severity == Severity.Error && d.Code is Codes.OutputInUse or Codes.OutputNotOurs);

    /// <summary>Information for the person building, not about the content (say, a step that was skipped and how to enable it).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
