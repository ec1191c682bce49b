using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Model;
using Scriban.Runtime;

namespace PerfPublish.Write.Html;

/// <summary>
/// A publication's page and the site's index pages, through the site layout templates. Every page has the
/// search box over all years (its one script); without JavaScript the box stays hidden and nothing else needs it.
/// </summary>
public sealed class HtmlWriter(ScribanTemplate pageLayout, ScribanTemplate indexLayout, string searchScript)
{
    public string? WritePage(DocumentTree tree, SitePage page, DiagnosticBag diagnostics, PageFacts? facts = null)
    {
        var layouts = new ColumnLayouts();
        var overview = facts is null ? null : new PageOverview(facts.Summary, facts.UnitYears, facts.Comparison).Write();
        var body = new HtmlBody(tree, layouts, overview).Write();
        var styles = layouts.Css();
        var globals = new ScriptObject();
        globals.Import(new
        {
            Page = page,
            Body = new Markup(body),
            // Generated from the template's integer column widths only, so it is written unescaped.
            Styles = styles.Length > 0 ? new Markup(styles) : null,
            // The search box over all years is on every page: our own file from templates/, allowed by its hash.
            Script = new Markup(searchScript),
            SearchIndex = SearchIndex.FileName,
            ContentSecurityPolicy = ContentSecurityPolicy.For(styles, searchScript),
            Description = facts is null ? null : Description(facts.Summary),
        });
        return pageLayout.Render(globals, diagnostics);
    }

    /// <summary>One year's index page; its search box (as on every page) is templates/site/search.js, allowed by its hash.</summary>
    public string? WriteIndex(SiteIndexView view, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject();
        globals.Import(new
        {
            View = view,
            // Our own file from templates/, so it is written as it is; the policy allows exactly this text.
            Script = new Markup(searchScript),
            ContentSecurityPolicy = ContentSecurityPolicy.For(null, searchScript),
        });
        return indexLayout.Render(globals, diagnostics);
    }

    /// <summary>The page's description for search engines: who, which year, how many projects, how much (where the form has an amount).</summary>
    private static string Description(PublicationSummary summary)
    {
        var who = summary.UnitCode.Length > 0 ? $"{summary.UnitName}（单位编码{summary.UnitCode}）" : summary.UnitName;
        var what = summary.Records.Length == 0
            ? "没有预算项目绩效目标表"
            : $"预算项目{summary.Records.Length}个" +
              (summary.Total is { } total ? $"，{summary.Labels.Amount}合计{Charts.Number(total)}{summary.CurrencyUnit}" : "") +
              $"，包括{string.Join("、", summary.Records.Take(3).Select(p => p.Name))}{(summary.Records.Length > 3 ? "等" : "")}";
        return $"{who}{summary.Year}年部门预算绩效目标：{what}。";
    }
}
