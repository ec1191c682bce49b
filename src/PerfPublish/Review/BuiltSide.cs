using PerfPublish.Diagnostics;

namespace PerfPublish.Review;

/// <summary>What building one side gave: its diagnostics (paths as in the repository) and, when it built, its publications.</summary>
public sealed record BuiltSide(ReviewSide Side, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SidePublication>? Publications)
{
    public bool Succeeded => Publications is not null;
}
