using DiffPlex;
using DiffPlex.Model;

namespace PerfPublish.Review;

/// <summary>
/// The shortest edit between two sequences of keys (DiffPlex's Myers diff), as alternating equal and replaced
/// stretches. DiffPlex diffs text cut by a chunker, so each distinct key stands in as one numbered token.
/// </summary>
public static class SequenceDiff
{
    public static IReadOnlyList<Hunk> Of(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        if (before.Count == 0 || after.Count == 0)
            return before.Count == 0 && after.Count == 0 ? [] : [new Hunk(false, 0, before.Count, 0, after.Count)];

        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        string Text(IEnumerable<string> keys) => string.Join(' ', keys.Select(k => tokens.TryGetValue(k, out var t) ? t : tokens[k] = tokens.Count.ToString("x")));
        var result = Differ.Instance.CreateDiffs(Text(before), Text(after), ignoreWhiteSpace: false, ignoreCase: false, TokenChunker.Instance);
        return Hunks(result.DiffBlocks, before.Count, after.Count);
    }

    /// <summary>The replaced stretches DiffPlex found, with the equal stretches between them made explicit.</summary>
    private static List<Hunk> Hunks(IEnumerable<DiffBlock> blocks, int oldLength, int newLength)
    {
        var hunks = new List<Hunk>();
        int oldAt = 0, newAt = 0;
        foreach (var block in blocks.OrderBy(b => b.DeleteStartA))
        {
            if (block.DeleteStartA > oldAt) hunks.Add(new Hunk(true, oldAt, block.DeleteStartA - oldAt, newAt, block.DeleteStartA - oldAt));
            hunks.Add(new Hunk(false, block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB));
            oldAt = block.DeleteStartA + block.DeleteCountA;
            newAt = block.InsertStartB + block.InsertCountB;
        }
        if (oldAt < oldLength) hunks.Add(new Hunk(true, oldAt, oldLength - oldAt, newAt, newLength - newAt));
        return hunks;
    }

    /// <summary>Splits the stand-in text back into its tokens.</summary>
    private sealed class TokenChunker : IChunker
    {
        public static TokenChunker Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text) => text.Split(' ');
    }
}
