using System.Collections.Immutable;

namespace PerfPublish.Model;

/// <summary>
/// The parsed document markup: the one structure both writers render. Anything the markup subset
/// (docs/markup.md) does not have cannot be represented here, and so cannot reach an output.
/// </summary>
public sealed record DocumentTree(ImmutableArray<Block> Blocks)
{
    public IEnumerable<Heading> Headings => Blocks.OfType<Heading>();
}
