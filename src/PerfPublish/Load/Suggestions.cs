namespace PerfPublish.Load;

/// <summary>"Did you mean" for misspelt keys: the known key at the smallest edit distance, if it is close.</summary>
public static class Suggestions
{
    public static string? Nearest(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Key: k, Distance: Distance(typed.ToLowerInvariant(), k)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(2, best.Key.Length / 3) ? best.Key : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
