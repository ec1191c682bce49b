using System.Globalization;
using System.Net;
using System.Text;
using PerfPublish.Compose;
using PerfPublish.Write.Html;

namespace PerfPublish.Review;

/// <summary>
/// output/review/index.html: for each publication that changed, what a reader would see change, in the
/// document's order of things: budget figures, spending plan, projects, indicators, texts, the outline.
/// Built like the site's pages: zh-CN, the site's stylesheet, semantic headings and tables (caption, th
/// scope), no script, a policy that allows only its own style element. Removed text is in del, added text
/// in ins, each also named in words for those who do not see the strike-through or the underline.
/// </summary>
internal sealed class ReviewPage(ReviewView view)
{
    // The page's own look, on top of site.css; allowed by its hash in the policy.
    private const string Style =
        "main p{text-indent:0}del{background:#fde2e2;color:#8a1010}ins{background:#dff3e3;color:#0b5a1d}" +
        ".diff{white-space:pre-line;border-left:3px solid var(--rule);padding-left:.75rem}" +
        ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}" +
        ".status{color:var(--muted)}main h2{text-align:left}main table.data td{white-space:normal}";

    private readonly StringBuilder _html = new();
    private int _tables;

    public string Write()
    {
        var title = $"发布前审阅：{view.Old.Label} → {view.New.Label}";
        _html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(E(ContentSecurityPolicy.For(Style))).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<link rel=\"stylesheet\" href=\"site.css\">\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip-link\" href=\"#main\">跳到正文</a>\n<header class=\"site-header\">\n<p class=\"site-name\">部门预算绩效目标公开 · 发布前审阅</p>\n</header>\n")
            .Append("<main id=\"main\">\n<h1>").Append(E(title)).Append("</h1>\n");
        Sides();
        Contents();
        foreach (var publication in view.Changed) Publication(publication);
        Sources();
        _html.Append("</main>\n<footer class=\"site-footer\">\n<p>本页由 PerfPublish 根据两侧内容构建出的文件生成，只供审阅，不公开发布。</p>\n</footer>\n</body>\n</html>\n");
        return _html.ToString();
    }

    private void Sides()
    {
        _html.Append("<dl>\n");
        foreach (var (term, side) in new[] { ("原版本", view.Old), ("新版本", view.New) })
            _html.Append("<dt>").Append(term).Append("</dt><dd>").Append(E(Describe(side))).Append("</dd>\n");
        _html.Append("</dl>\n");
    }

    internal static string Describe(ReviewSide side) => side.Commit is null
        ? side.Label
        : $"{side.Label}（提交 {side.ShortCommit}，{side.Date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}）";

    private void Contents()
    {
        var changed = view.Changed.ToList();
        _html.Append("<p>").Append(E(changed.Count == 0
            ? $"两个版本的 {view.Publications.Count} 份公开文件读者看到的内容相同。"
            : $"{changed.Count} 份公开文件有变化，{view.Unchanged} 份没有变化。")).Append("</p>\n");
        if (changed.Count == 0) return;
        _html.Append("<nav aria-label=\"有变化的公开文件\">\n<ul>\n");
        foreach (var publication in changed)
            _html.Append("<li><a href=\"#").Append(E(Id(publication))).Append("\">").Append(E(publication.Title)).Append("</a>（")
                .Append(Status(publication.Presence)).Append("）</li>\n");
        _html.Append("</ul>\n</nav>\n");
    }

    private static string Id(PublicationReview publication) => "p-" + publication.Slug;

    internal static string Status(Presence presence) => presence switch
    {
        Presence.Added => "新增",
        Presence.Removed => "删除",
        Presence.Changed => "有修改",
        _ => "无变化",
    };

    private void Publication(PublicationReview publication)
    {
        var id = Id(publication);
        _html.Append("<section aria-labelledby=\"").Append(E(id)).Append("\">\n<h2 id=\"").Append(E(id)).Append("\">").Append(E(publication.Title)).Append("</h2>\n");
        _html.Append("<p class=\"status\">").Append(E($"{Status(publication.Presence)} · 文件夹 {publication.Slug}")).Append("</p>\n");
        if (publication.Presence is Presence.Added or Presence.Removed)
        {
            _html.Append("<p>").Append(E(publication.Presence == Presence.Added
                ? "这份公开文件是新增的：全文见新版本构建出的 Word 文件。"
                : "这份公开文件在新版本中不再有：它的全部内容将不再公开。")).Append("</p>\n</section>\n");
            return;
        }
        if (publication.RevisionsFile is { } file)
            _html.Append("<p><a href=\"").Append(E(file)).Append("\" download>带修订标记的 Word 文件</a>：在 Word 或 WPS 的“审阅”中逐条接受或拒绝。</p>\n");

        Figures("预算数", publication.Amounts.ToList(), publication.CurrencyUnit);
        Figures("资金支出计划等百分比", publication.Percentages.ToList(), "%");
        Projects(publication);
        Indicators(publication);
        Texts(publication);
        Outline(publication.Outline);
        _html.Append("</section>\n");
    }

    private void Figures(string title, List<FigureChange> figures, string unit)
    {
        if (figures.Count == 0) return;
        _html.Append("<h3>").Append(E(title)).Append("</h3>\n");
        Table($"{title}（{unit}）", ["项目", "栏目", "原", "新", "增减"],
            figures.Select(f => (f.Where.Length == 0 ? "全部项目" : f.Where, new[] { f.Label, Number(f.Old), Number(f.New), Difference(f.Difference) })));
    }

    internal static string Number(decimal? value) => value is { } v ? TemplateFunctions.Amount(v) : "（无）";

    internal static string Difference(decimal? value) => value switch
    {
        null => "—",
        > 0 => "+" + TemplateFunctions.Amount(value.Value),
        < 0 => "−" + TemplateFunctions.Amount(-value.Value),
        _ => "0",
    };

    private void Projects(PublicationReview publication)
    {
        if (publication.Projects.Length == 0) return;
        _html.Append("<h3>项目</h3>\n<ul>\n");
        foreach (var project in publication.Projects)
            _html.Append("<li>").Append(E(ProjectLine(project, publication.CurrencyUnit))).Append("</li>\n");
        _html.Append("</ul>\n");
    }

    internal static string ProjectLine(ProjectChange project, string currency)
    {
        var amount = project.Amount is { } a ? $"，预算数 {TemplateFunctions.Amount(a)}{currency}" : "";
        var code = project.Code.Length > 0 ? $"（编码 {project.Code}）" : "";
        return project.Kind switch
        {
            ProjectChangeKind.Added => $"新增：{project.NewName}{code}{amount}",
            ProjectChangeKind.Removed => $"删除：{project.OldName}{code}{amount}",
            _ => $"改名：{project.OldName} → {project.NewName}{code}",
        };
    }

    private void Indicators(PublicationReview publication)
    {
        if (publication.Indicators.Length == 0) return;
        _html.Append("<h3>绩效指标</h3>\n");
        var id = $"review-table-{++_tables}";
        _html.Append("<section class=\"table-scroll\" tabindex=\"0\" aria-labelledby=\"").Append(id).Append("\">\n<table class=\"data\">\n<caption id=\"")
            .Append(id).Append("\">有变化的绩效指标</caption>\n<thead><tr><th scope=\"col\">项目</th><th scope=\"col\">指标</th><th scope=\"col\">变化</th><th scope=\"col\">内容</th></tr></thead>\n<tbody>\n");
        foreach (var indicator in publication.Indicators)
        {
            _html.Append("<tr><th scope=\"row\">").Append(E(indicator.Project)).Append("</th><td>").Append(E(indicator.Path)).Append("</td><td>")
                .Append(IndicatorKind(indicator.Kind)).Append("</td><td>");
            if (indicator.Kind == IndicatorChangeKind.Renamed) Diff(TextDiff.Between(indicator.OldName, indicator.NewName));
            foreach (var cell in indicator.Cells)
            {
                _html.Append("<p>").Append(E(cell.Label)).Append("：");
                Diff(cell.Diff);
                _html.Append("</p>");
            }
            _html.Append("</td></tr>\n");
        }
        _html.Append("</tbody>\n</table>\n</section>\n");
    }

    internal static string IndicatorKind(IndicatorChangeKind kind) => kind switch
    {
        IndicatorChangeKind.Added => "新增",
        IndicatorChangeKind.Removed => "删除",
        IndicatorChangeKind.Renamed => "改名",
        _ => "修改",
    };

    private void Texts(PublicationReview publication)
    {
        if (publication.Texts.Length == 0) return;
        _html.Append("<h3>文字</h3>\n");
        foreach (var text in publication.Texts)
        {
            _html.Append("<h4>").Append(E($"{text.Where} · {text.Label}")).Append("</h4>\n<p class=\"diff\">");
            Diff(text.Diff);
            _html.Append("</p>\n");
        }
    }

    /// <summary>A text diff inline; one too large to read piece by piece is summarised by its counts.</summary>
    private void Diff(TextDiff diff)
    {
        if (diff.IsLarge)
        {
            _html.Append(E($"改动较多（删去 {diff.Deleted} 字，增加 {diff.Inserted} 字），逐字比较见带修订标记的 Word 文件。"));
            return;
        }
        foreach (var piece in diff.Pieces)
        {
            switch (piece.Change)
            {
                case Change.Deleted:
                    _html.Append("<del><span class=\"visually-hidden\">删去：</span>").Append(E(piece.Text)).Append("</del>");
                    break;
                case Change.Inserted:
                    _html.Append("<ins><span class=\"visually-hidden\">增加：</span>").Append(E(piece.Text)).Append("</ins>");
                    break;
                default:
                    _html.Append(E(piece.Text));
                    break;
            }
        }
    }

    private void Outline(OutlineChange outline)
    {
        if (!outline.HasChanges && outline.NewPages is null) return;
        _html.Append("<h3>目录与页数</h3>\n");
        _html.Append("<p>").Append(E(Pages(outline))).Append("</p>\n");
        if (outline.Entries.Length == 0) return;
        _html.Append("<ul>\n");
        foreach (var entry in outline.Entries) _html.Append("<li>").Append(E(EntryLine(entry))).Append("</li>\n");
        _html.Append("</ul>\n");
    }

    internal static string Pages(OutlineChange outline) => (outline.OldPages, outline.NewPages) switch
    {
        (null, _) or (_, null) => "页数：未排版（加 --pdf 由 LibreOffice 排版后比较页数与目录页码）。",
        var (o, n) when o == n => $"页数：{n} 页，没有变化。",
        var (o, n) => $"页数：{o} 页 → {n} 页。",
    };

    internal static string EntryLine(OutlineEntryChange entry) => entry.Change switch
    {
        Change.Inserted => $"目录新增：{entry.Title}{Page(entry.NewPage)}",
        Change.Deleted => $"目录删去：{entry.Title}{Page(entry.OldPage)}",
        _ => $"页码变化：{entry.Title}（第 {entry.OldPage} 页 → 第 {entry.NewPage} 页）",
    };

    private static string Page(int? page) => page is null ? "" : $"（第 {page} 页）";

    private void Sources()
    {
        if (view.Sources.Length == 0) return;
        _html.Append("<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">改动的源文件</h2>\n");
        Table("各源文件的改动", ["文件", "变化", "内容"], view.Sources.Select(s => (s.Path, new[] { SourceKind(s), SourceSize(s) })));
        _html.Append("</section>\n");
    }

    internal static string SourceKind(SourceChange source) => source.Change switch
    {
        Change.Inserted => "新增",
        Change.Deleted => "删除",
        _ => "修改",
    };

    internal static string SourceSize(SourceChange source) => source.IsBinary
        ? $"二进制或过大的文件，不逐行比较：{Size(source.OldSize)} → {Size(source.NewSize)}"
        : $"删去 {source.LinesDeleted} 行，增加 {source.LinesInserted} 行";

    private static string Size(long bytes) => bytes switch
    {
        0 => "无",
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };

    /// <summary>A table of the site's overview kind, numbered in the page's order.</summary>
    private void Table(string caption, IReadOnlyList<string> columns, IEnumerable<(string Header, string[] Cells)> rows) =>
        DataTableHtml.Append(_html, $"review-table-{++_tables}", caption, columns, rows);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
