using System.Text.RegularExpressions;
using PerfPublish.Forms;

namespace PerfPublish.Import;

/// <summary>
/// The words a form prints that are no field's label: its heading (项目支出绩效目标表（2020年度）), the names of
/// merged groups (项目资金, 总体目标, 中期指标) and of rows such as 合计. They come from the profile's own
/// template, every header cell's literal text with its {{ expressions }} as wildcards, so a new profile needs
/// no list here: a Word cell that matches one is the form itself, not a lost text.
/// </summary>
public sealed partial class PrintedWords(IReadOnlyList<Regex> patterns)
{
    public static readonly PrintedWords None = new([]);

    [GeneratedRegex(@"<th\b[^>]*>(?<inner>.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex Expression();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[（(][^（()）]*\{\{[^}]*\}\}[^（()）]*[）)]\s*$")]
    private static partial Regex TrailingBracketsWithExpression();

    /// <summary>The words the profile's template prints; none when the profile has no template file.</summary>
    public static PrintedWords Of(FormProfile profile) =>
        File.Exists(profile.TemplatePath) ? FromTemplate(File.ReadAllText(profile.TemplatePath)) : None;

    /// <summary>Every header cell's words, and each also without a trailing （{{ publication.year }}年度）: offices often leave the year out.</summary>
    public static PrintedWords FromTemplate(string template) =>
        new([.. HeaderCell().Matches(template).Select(m => m.Groups["inner"].Value)
            .SelectMany(inner => new[] { inner, TrailingBracketsWithExpression().Replace(inner, "") })
            .Select(Pattern).OfType<Regex>().DistinctBy(r => r.ToString())]);

    public bool Contains(string text)
    {
        var key = ImportText.LabelKey(text);
        return key.Length > 0 && patterns.Any(p => p.IsMatch(key));
    }

    /// <summary>A cell's literal words with each expression as "some text"; null for a cell that is all expression.</summary>
    private static Regex? Pattern(string inner)
    {
        var literals = Expression().Split(inner).Select(part => ImportText.LabelKey(Tag().Replace(part, ""))).ToList();
        if (literals.All(l => l.Length == 0)) return null;
        return new Regex("^" + string.Join(".+?", literals.Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant);
    }
}
