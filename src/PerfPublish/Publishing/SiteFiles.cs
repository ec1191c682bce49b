using System.Text;
using PerfPublish.Diagnostics;
using PerfPublish.Write;
using PerfPublish.Write.Data;
using PerfPublish.Write.Html;

namespace PerfPublish.Publishing;

/// <summary>
/// Everything the site holds beside the publications' own folders, written from their summaries
/// alone: an index page per year (the newest is index.html), the search index of all years, the open data of
/// the whole site, sitemap.xml where the site's address is known, the style sheet and the open-data
/// schema. The one place site-level files are written, so a site can also be assembled from
/// publications built apart.
/// </summary>
public static class SiteFiles
{
    /// <summary>Writes the site's files to <paramref name="site"/>, which holds the publications' own files already.</summary>
    public static void Write(SiteTemplates templates, IReadOnlyList<PublicationSummary> publications, Uri? siteUrl,
        DiagnosticBag diagnostics, ISiteOutput site)
    {
        var years = publications.Select(p => p.Year).Distinct().OrderDescending().ToList();
        var pages = new List<string>();
        var tables = SiteOpenData.TableLinks(publications, templates.Forms);
        foreach (var year in years)
        {
            var page = SiteIndexView.PageOf(year, years[0]);
            var index = templates.Html.WriteIndex(SiteIndexView.For(year, publications, SearchIndex.FileName, tables), diagnostics);
            if (index is not null) site.Write(page, Encoding.UTF8.GetBytes(index));
            pages.Add(page);
        }
        // One search index for every page and year: a page searches all years, also when opened from disk.
        site.Write(SearchIndex.FileName, SearchIndex.Write(publications));

        SiteOpenData.Write(publications, templates.Forms, site);
        if (siteUrl is not null)
            site.Write(Sitemap.FileName, Sitemap.Write(siteUrl, pages.Concat(publications.Select(p => p.Href).Order(StringComparer.Ordinal))));
        site.Write("site.css", templates.SiteCss);
        site.Write(OpenData.SchemaPath, OpenData.Schema());
    }

    /// <summary>
    /// Each unit's publications by its identity (its code, else its normalised name: <see cref="UnitIdentity"/>),
    /// oldest year first: its page links them and compares consecutive years.
    /// </summary>
    public static ILookup<string, PublicationSummary> ByUnit(IEnumerable<PublicationSummary> publications) =>
        publications.OrderBy(p => p.Year).ThenBy(p => p.Slug, StringComparer.Ordinal).ToLookup(p => p.Unit, StringComparer.Ordinal);

    /// <summary>What a publication's page shows beyond the document: the unit's years, and the change from the year just before.</summary>
    public static PageFacts FactsOf(PublicationSummary publication, ILookup<string, PublicationSummary> byUnit)
    {
        var years = byUnit[publication.Unit].ToList();
        var previous = years.FirstOrDefault(p => p.Year == publication.Year - 1);
        return new PageFacts(publication, years, previous is null ? null : YearComparison.Between(previous, publication));
    }
}
