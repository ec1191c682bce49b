using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace PerfPublish.Write.Docx;

/// <summary>
/// Where a table label wider than its column breaks: between words, never inside one (满意度/指标, not 满意度指/标),
/// in as few lines as the column allows, the lines as even as they can be. Word and LibreOffice break Chinese
/// after any character, so the DOCX carries the breaks itself. Words come from Lucene.Net's SmartCn dictionary
/// (a hidden Markov model over a word list); brackets, colons and runs of digits and Latin letters stay with their
/// word. A word wider than the column is the one thing broken inside, after the last character that fits.
/// </summary>
public static class LabelLines
{
    private static readonly Lazy<HHMMSegmenter> Segmenter = new(() => new HHMMSegmenter());
    private static readonly Lock Guard = new();
    // Labels repeat across a build's tables (产出指标 in every one): each is segmented once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> Known = new(StringComparer.Ordinal);

    /// <summary>The label's lines for a column that holds <paramref name="perLine"/> ems; the label itself when it fits.</summary>
    public static IReadOnlyList<string> Break(string label, double perLine)
    {
        if (Ems(label) <= perLine || perLine < 1) return [label];
        var units = Words(label).SelectMany(word => Ems(word) <= perLine ? [word] : word.Select(c => c.ToString())).ToList();
        return Balanced(units, perLine);
    }

    /// <summary>The label's words, each with the punctuation that must not start or end a line attached.</summary>
    public static IReadOnlyList<string> Words(string label) => Known.GetOrAdd(label, Segment);

    /// <summary>
    /// Loads the segmenter's dictionaries on a pool thread (a sixth of a second): a build starts it first thing, so
    /// they are read while the content loads rather than when the first Word table is laid out.
    /// </summary>
    public static void PrepareInBackground() => ThreadPool.QueueUserWorkItem(_ =>
    {
        try
        {
            _ = Segmenter.Value;
        }
        catch (Exception)
        {
            // Not here, on a pool thread, where it would end the process: the Lazy keeps the failure, and the first
            // label that needs the segmenter meets it inside the build, which reports it.
        }
    });

    private static IReadOnlyList<string> Segment(string label)
    {
        var words = new List<string>();
        foreach (var token in Tokens(label))
        {
            if (words.Count > 0 && (Opens(words[^1]) || Closes(token) || (IsLatin(words[^1][^1]) && IsLatin(token[0])) || InShortBrackets(words[^1])))
                words[^1] += token;
            else
                words.Add(token);
        }

        return words;
    }

    /// <summary>Dictionary tokens covering the whole label: what the segmenter leaves out (spaces, symbols) is a token of its own.</summary>
    private static IEnumerable<string> Tokens(string label)
    {
        List<(int Start, int End)> spans;
        lock (Guard)
            spans = [.. Segmenter.Value.Process(label)
                .Where(t => t.StartOffset >= 0 && t.EndOffset <= label.Length && t.EndOffset > t.StartOffset)
                .Select(t => (t.StartOffset, t.EndOffset)).OrderBy(t => t.StartOffset)];
        var at = 0;
        foreach (var (start, end) in spans.Where(s => s.Start >= 0))
        {
            if (start < at) continue;
            for (; at < start; at++) yield return label[at].ToString();
            yield return label[start..end];
            at = end;
        }

        for (; at < label.Length; at++) yield return label[at].ToString();
    }

    /// <summary>
    /// The fewest lines, then the narrowest widest line, then the fewest lines of one character; among equals the
    /// longer first line. best[i] is the best way to set words i.. on lines of their own.
    /// </summary>
    private static IReadOnlyList<string> Balanced(List<string> words, double perLine)
    {
        var n = words.Count;
        var best = new (int Lines, double Widest, int Single, int Next)[n + 1];
        best[n] = (0, 0, 0, n);
        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = (int.MaxValue, double.MaxValue, int.MaxValue, n);
            for (var j = n; j > i; j--)
            {
                var line = string.Concat(words.Skip(i).Take(j - i));
                var width = Ems(line);
                if (width > perLine) continue;
                var candidate = (Lines: best[j].Lines + 1, Widest: Math.Max(width, best[j].Widest), Single: best[j].Single + (line.Length == 1 ? 1 : 0), Next: j);
                if ((candidate.Lines, candidate.Widest, candidate.Single).CompareTo((best[i].Lines, best[i].Widest, best[i].Single)) < 0) best[i] = candidate;
            }
        }

        var lines = new List<string>();
        for (var i = 0; i < n; i = best[i].Next) lines.Add(string.Concat(words.Skip(i).Take(best[i].Next - i)));
        return lines;
    }

    /// <summary>A full-width character (Chinese, full-width punctuation) is one em; Latin letters and digits about half.</summary>
    public static double Ems(string text) => text.Sum(c => c >= '\u2E80' ? 1.0 : 0.55);

    /// <summary>A word inside brackets it has opened and not closed yet, short enough to stay whole: （万元）, （单位）.</summary>
    private static bool InShortBrackets(string word) =>
        word.Length < ShortBracket && word.Count(c => "（(【[《〈".Contains(c)) > word.Count(c => "）)】]》〉".Contains(c));

    private const int ShortBracket = 6;

    private static bool Opens(string word) => word.All(c => "（(【[《〈“‘".Contains(c));

    private static bool Closes(string token) => token.All(c => "）)】]》〉”’：:，,、。；;％%！!？?·".Contains(c));

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || "-.~+/%".Contains(c);
}
