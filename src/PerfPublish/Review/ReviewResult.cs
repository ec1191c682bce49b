using PerfPublish.Diagnostics;

namespace PerfPublish.Review;

/// <summary>
/// A review's outcome: a problem with the request (no repository, an unknown ref: exit 2), or the sides'
/// diagnostics (a side that does not build: exit 1), or the publications compared and the files written.
/// </summary>
public sealed record ReviewResult(string? Problem, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<PublicationReview> Publications,
    IReadOnlyList<string> Written)
{
    public bool Succeeded => Problem is null && Diagnostics.All(d => d.Severity != Severity.Error);

    public static ReviewResult Refused(string problem) => new(problem, [], [], []);
}
