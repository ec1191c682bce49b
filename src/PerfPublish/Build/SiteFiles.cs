using System.Text;
using PerfPublish.Diagnostics;
using PerfPublish.Write.Data;
using PerfPublish.Write.Html;

namespace PerfPublish.Build;

/// <summary>
/// The site-level files, written from the list of publication summaries alone: the index page, the
/// style sheet and the open-data schema. The one place they are made, for a whole build and for
/// 'perfpublish site' assembling shard outputs alike, so both give the same site.
/// </summary>
public static class SiteFiles
{
    public static IReadOnlyList<(string Path, byte[] Bytes)> Write(SiteTemplates templates, IReadOnlyList<SitePage> pages, DiagnosticBag diagnostics)
    {
        var ordered = pages.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var files = new List<(string, byte[])>();
        var index = templates.Html.WriteIndex(ordered, diagnostics);
        if (index is not null) files.Add(("index.html", Encoding.UTF8.GetBytes(index)));
        files.Add(("site.css", templates.SiteCss));
        files.Add((OpenData.SchemaPath, OpenData.Schema()));
        return files;
    }
}
