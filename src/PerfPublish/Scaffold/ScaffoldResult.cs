using PerfPublish.Diagnostics;

namespace PerfPublish.Scaffold;

/// <summary>
/// The files made, or why none were: <see cref="Problem"/> for a request that cannot be carried out
/// (a usage error), <see cref="Diagnostics"/> for content that must be fixed first.
/// </summary>
public sealed record ScaffoldResult(IReadOnlyList<string> Created, IReadOnlyList<Diagnostic> Diagnostics, string? Problem)
{
    public static ScaffoldResult Refused(string problem) => new([], [], problem);
}
