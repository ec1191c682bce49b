using System.Net;
using System.Text;

namespace PerfPublish.Write.Html;

/// <summary>
/// A table of figures as the site's own pages write it (the overview's and the review page's): in its own
/// focusable scroll region named by its caption, like the document's tables, with a column header per
/// column and a row header per row. Every text is escaped.
/// </summary>
internal static class DataTableHtml
{
    public static void Append(StringBuilder html, string id, string caption, IReadOnlyList<string> columns, IEnumerable<(string Header, string[] Cells)> rows)
    {
        html.Append("<section class=\"table-scroll\" tabindex=\"0\" aria-labelledby=\"").Append(id).Append("\">\n<table class=\"data\">\n<caption id=\"")
            .Append(id).Append("\">").Append(E(caption)).Append("</caption>\n<thead><tr>");
        foreach (var column in columns) html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (header, cells) in rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(header)).Append("</th>");
            foreach (var cell in cells) html.Append("<td>").Append(E(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
