namespace PerfPublish.Corpus;

/// <summary>
/// The size of a generated content tree: <paramref name="Units"/> budget units, each publishing
/// <paramref name="Projects"/> project tables, for <paramref name="Years"/> consecutive budget years
/// starting with the seed's year.
/// </summary>
public sealed record CorpusShape(int Units, int Projects, int Years = 1)
{
    public int Publications => Units * Years;

    /// <summary>"200×20" or "200×20×3": how the benchmark names a size.</summary>
    public override string ToString() => Years == 1 ? $"{Units}×{Projects}" : $"{Units}×{Projects}×{Years}";

    /// <summary>Reads "200x20", "200×20" or "200x20x3".</summary>
    public static CorpusShape Parse(string text)
    {
        var parts = text.Split('x', '×', 'X');
        if (parts.Length is < 2 or > 3 || !parts.All(p => int.TryParse(p, out var n) && n > 0))
            throw new FormatException($"'{text}' is not a corpus size; write units×projects, e.g. 200x20 (or 200x20x3 for three years)");
        var numbers = parts.Select(int.Parse).ToArray();
        return new CorpusShape(numbers[0], numbers[1], numbers.Length == 3 ? numbers[2] : 1);
    }
}
