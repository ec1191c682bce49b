using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Model;
using Scriban.Runtime;

namespace PerfPublish.Write.Html;

/// <summary>A publication's page and the site's index page, through the site layout templates.</summary>
public sealed class HtmlWriter(ScribanTemplate pageLayout, ScribanTemplate indexLayout)
{
    public string? WritePage(DocumentTree tree, SitePage page, DiagnosticBag diagnostics)
    {
        var layouts = new ColumnLayouts();
        var body = new HtmlBody(tree, layouts).Write();
        var styles = layouts.Css();
        var globals = new ScriptObject();
        globals.Import(new
        {
            Page = page,
            Body = new Markup(body),
            // Generated from the template's integer column widths only, so it is written unescaped.
            Styles = styles.Length > 0 ? new Markup(styles) : null,
            ContentSecurityPolicy = ContentSecurityPolicy.For(styles),
        });
        return pageLayout.Render(globals, diagnostics);
    }

    public string? WriteIndex(IReadOnlyList<SitePage> pages, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject();
        var years = pages
            .GroupBy(p => p.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new SiteYear(g.Key, [.. g.OrderBy(p => p.UnitCode, StringComparer.Ordinal)]))
            .ToList();
        globals.Import(new { Years = years, ContentSecurityPolicy = ContentSecurityPolicy.For(null) });
        return indexLayout.Render(globals, diagnostics);
    }
}

/// <summary>What the site layout knows of one publication: its titles and its downloads, relative to its page.</summary>
public sealed record SitePage(string Slug, string Title, int Year, string UnitCode, string UnitName, IReadOnlyList<Download> Downloads);

public sealed record Download(string Label, string Href);

public sealed record SiteYear(int Year, IReadOnlyList<SitePage> Pages);
