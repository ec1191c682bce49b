using System.Collections.Immutable;

namespace PerfPublish.Model;

public sealed record ListBlock(bool Ordered, ImmutableArray<ImmutableArray<Block>> Items) : Block;
