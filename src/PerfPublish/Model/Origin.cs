using System.Collections.Immutable;
using PerfPublish.Diagnostics;

namespace PerfPublish.Model;

/// <summary>Where a content record and each of its keys were written, so later stages can point at them.</summary>
public sealed record Origin(SourceLocation At, ImmutableDictionary<string, SourceLocation> Keys)
{
    public static Origin Of(SourceLocation at) => new(at, ImmutableDictionary<string, SourceLocation>.Empty);

    public SourceLocation Of(string key) => Keys.GetValueOrDefault(key, At);
}
