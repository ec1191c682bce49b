using System.Xml.Linq;

namespace PerfPublish.Write.Html;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9): every index page and every publication's page, so a search engine
/// finds each unit. The protocol wants absolute addresses, so it needs the site's public address.
/// </summary>
public static class Sitemap
{
    public const string FileName = "sitemap.xml";
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(Uri site, IEnumerable<string> pages)
    {
        var root = site.AbsoluteUri.EndsWith('/') ? site : new Uri(site.AbsoluteUri + "/");
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", pages.Select(page =>
                new XElement(Ns + "url", new XElement(Ns + "loc", new Uri(root, page).AbsoluteUri)))));
        using var stream = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings
               { Indent = true, NewLineChars = "\n", Encoding = new System.Text.UTF8Encoding(false) }))
            document.Save(writer);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
