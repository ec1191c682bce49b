using System.Text;
using PerfPublish.Compose;

namespace PerfPublish.Review;

/// <summary>
/// output/review/review.md: the review in a few lines per publication, for a pull request's job summary or a
/// merge request's log. It stays under <see cref="MaxLength"/> characters (a GitHub comment takes 65536):
/// what does not fit is counted and left to the full page, which it links.
/// </summary>
internal sealed class ReviewMarkdown(ReviewView view, string pageUrl)
{
    public const int MaxLength = 60_000;

    /// <summary>At most this many lines per publication; the rest are counted.</summary>
    public const int MaxLines = 40;

    /// <summary>A text change longer than this is cut around its changes.</summary>
    private const int Context = 12;

    private readonly StringBuilder _markdown = new();
    private int _left;

    public string Write()
    {
        _markdown.Append("## 发布前审阅：").Append(Escape(ReviewPage.Describe(view.Old))).Append(" → ").Append(Escape(ReviewPage.Describe(view.New))).Append("\n\n");
        var changed = view.Changed.ToList();
        _markdown.Append(changed.Count == 0
            ? $"读者看到的内容没有变化（{view.Publications.Count} 份公开文件）。"
            : $"{changed.Count} 份公开文件有变化，{view.Unchanged} 份没有变化。");
        _markdown.Append($"[完整审阅页]({pageUrl})\n");
        foreach (var publication in changed) Publication(publication);
        if (view.Sources.Length > 0)
            Section("改动的源文件", view.Sources.Select(s => $"{Code(s.Path)}：{ReviewPage.SourceKind(s)}，{ReviewPage.SourceSize(s)}"));
        if (_left > 0) _markdown.Append($"\n……篇幅所限，另有 {_left} 项未列出，见[完整审阅页]({pageUrl})。\n");
        return _markdown.ToString();
    }

    private void Publication(PublicationReview publication)
    {
        var lines = new List<string>();
        if (publication.RevisionsFile is { } file) lines.Add($"带修订标记的 Word 文件：{Code(file)}");
        lines.AddRange(publication.Figures.Select(f =>
            $"{(f.Where.Length == 0 ? "" : Escape(f.Where) + " · ")}{Escape(f.Label)}：{ReviewPage.Number(f.Old)} → {ReviewPage.Number(f.New)}" +
            $"{(f.IsPercentage ? "%" : Escape(publication.CurrencyUnit))}（{ReviewPage.Difference(f.Difference)}）"));
        lines.AddRange(publication.Projects.Select(p => "项目" + Escape(ReviewPage.ProjectLine(p, publication.CurrencyUnit))));
        lines.AddRange(publication.Indicators.Select(i => $"指标{ReviewPage.IndicatorKind(i.Kind)}：{Escape(i.Project)} · {Escape(i.Path)}" +
            (i.Kind == IndicatorChangeKind.Renamed ? $"（原名 {Escape(i.OldName)}）" : "") +
            string.Concat(i.Cells.Where(c => i.Kind == IndicatorChangeKind.Changed).Select(c => $"；{Escape(c.Label)}：{Diff(c.Diff)}"))));
        lines.AddRange(publication.Texts.Select(t => $"{Escape(t.Where)} · {Escape(t.Label)}：{Diff(t.Diff)}"));
        if (publication.Outline.PagesChanged) lines.Add(ReviewPage.Pages(publication.Outline));
        lines.AddRange(publication.Outline.Entries.Select(e => Escape(ReviewPage.EntryLine(e))));
        Section($"{publication.Title}（{ReviewPage.Status(publication.Presence)}）", lines);
    }

    private void Section(string title, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        var section = new StringBuilder().Append("\n### ").Append(Escape(title)).Append('\n');
        foreach (var line in all.Take(MaxLines)) section.Append("- ").Append(line.Replace('\n', ' ')).Append('\n');
        if (all.Count > MaxLines) section.Append($"- ……另有 {all.Count - MaxLines} 项，见完整审阅页\n");
        // The whole section or nothing: a summary cut mid-line would say something the change does not.
        if (_markdown.Length + section.Length > MaxLength - 200) _left += Math.Max(all.Count, 1);
        else _markdown.Append(section);
    }

    /// <summary>A diff in a line: removed text struck through, added text in bold, long unchanged stretches cut to their ends.</summary>
    private static string Diff(TextDiff diff)
    {
        if (diff.IsLarge) return $"改动较多（删去 {diff.Deleted} 字，增加 {diff.Inserted} 字）";
        var line = new StringBuilder();
        for (var i = 0; i < diff.Pieces.Length; i++)
        {
            var piece = diff.Pieces[i];
            var text = piece.Text.Replace("\n", " ⏎ ");
            line.Append(piece.Change switch
            {
                Change.Deleted => $"~~{Escape(text)}~~",
                Change.Inserted => $"**{Escape(text)}**",
                _ => Escape(Shorten(text, first: i == 0, last: i == diff.Pieces.Length - 1)),
            });
        }
        return line.ToString();
    }

    private static string Shorten(string text, bool first, bool last)
    {
        if (text.Length <= 2 * Context + 1) return text;
        if (first) return "…" + text[^Context..];
        if (last) return text[..Context] + "…";
        return text[..Context] + "…" + text[^Context..];
    }

    private static string Code(string text) => $"`{text.Replace("`", "'")}`";

    /// <summary>
    /// Markdown's inline special characters taken literally, so content cannot add links, emphasis, tables or
    /// HTML. Those special only at a line's start (#, -, 1.) need nothing: every line here starts with our own text.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("\\`*_[]<>|~&".Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
