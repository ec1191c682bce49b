using System.Globalization;
using System.Text;

namespace PerfPublish.Write;

/// <summary>
/// Who a publication is of, and which record of last year a record is: by code where there is one,
/// else by the name as people would read it (the same letters whatever their width, spacing or case).
/// Never by position, and an empty code is no code.
/// </summary>
public static class UnitIdentity
{
    /// <summary>The unit's identity: "code:632001", or "name:" and its normalised name where it has no code.</summary>
    public static string Of(string code, string name) =>
        string.IsNullOrWhiteSpace(code) ? "name:" + Normalised(name) : "code:" + code.Trim();

    /// <summary>
    /// A name as people read it: full-width letters, digits and brackets as half-width ones ((本级) and （本级）
    /// alike), no white space, Latin letters in lower case.
    /// </summary>
    public static string Normalised(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
            if (!char.IsWhiteSpace(c)) text.Append(char.ToLowerInvariant(HalfWidth(c)));
        return text.ToString();
    }

    /// <summary>The full-width forms U+FF01–FF5E (（ ） ０ Ａ …) as the ASCII characters they stand for.</summary>
    private static char HalfWidth(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>
    /// How alike two names are, 0 to 1: the Dice coefficient of their character pairs (降尘抑尘 and 抑尘降尘
    /// share two of three), on the normalised names. A one-character name is compared as a whole.
    /// </summary>
    public static double Likeness(string a, string b)
    {
        var (x, y) = (Pairs(Normalised(a)), Pairs(Normalised(b)));
        if (x.Count + y.Count == 0) return 0;
        var common = 0;
        var rest = new List<string>(y);
        foreach (var pair in x)
            if (rest.Remove(pair)) common++;
        return 2.0 * common / (x.Count + y.Count);
    }

    private static List<string> Pairs(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        var letters = new List<string>();
        while (elements.MoveNext()) letters.Add(elements.GetTextElement());
        return letters.Count == 1 ? [letters[0]] : [.. letters.Zip(letters.Skip(1), (p, q) => p + q)];
    }
}
