using System.Text.RegularExpressions;

namespace PerfPublish.Tests.Support;

/// <summary>Every non-empty cell or line of the seed text export (Fixtures/seed/seed.txt), as a reviewer would tick them off.</summary>
public static partial class SeedCells
{
    [GeneratedRegex(@"\[bookmark: [^\]]*\]")]
    private static partial Regex Bookmark();

    public static IReadOnlyList<string> All() => InOrder().Distinct().ToList();

    /// <summary>Every non-empty cell or line in the order of the export, repeats included: 261 for the seed.</summary>
    public static IReadOnlyList<string> InOrder() =>
        File.ReadAllLines(Path.Combine(Repo.Fixtures, "seed", "seed.txt"))
            .SelectMany(line => line.Split('\t'))
            .Select(cell => Bookmark().Replace(cell, "").Trim().Trim('"').Trim())
            .Where(cell => cell.Length > 0)
            .ToList();

    /// <summary>Text without any white space, so that line and cell breaks do not hide a match.</summary>
    public static string Squeeze(string text) => WhiteSpace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
