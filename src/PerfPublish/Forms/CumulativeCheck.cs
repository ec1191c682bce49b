using System.Collections.Immutable;
using PerfPublish.Diagnostics;

namespace PerfPublish.Forms;

/// <summary>Percentages that never decrease, the last equal to EndsAt.</summary>
public sealed record CumulativeCheck(ImmutableArray<string> Fields, decimal? EndsAt, SourceLocation At);
