using PerfPublish.Diagnostics;

namespace PerfPublish.Serve;

/// <summary>
/// One build as the preview serves it: numbered so that a page knows whether it is out of date, with
/// the site's files when the build succeeded, and the diagnostics either way.
/// </summary>
public sealed record PreviewSite(int Version, IReadOnlyDictionary<string, byte[]>? Files, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Took)
{
    public bool Succeeded => Files is not null;
}
