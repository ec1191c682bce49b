using System.Text;
using System.Text.Json;
using PerfPublish.Write.Data;

namespace PerfPublish.Write.Html;

/// <summary>
/// The search box's data, for every page of the site and every year: each publication's year, page, unit
/// (name, code, category) and project names. It is a script file that sets one global, not JSON to fetch:
/// a page opened from disk (file://) may not fetch a file beside it, but it may load a script from its own
/// site, which the pages' policy allows ('self'). The search script loads it on first use only.
/// </summary>
public static class SearchIndex
{
    /// <summary>The file's path relative to the site root.</summary>
    public const string FileName = "search-index.js";

    /// <summary>The global it sets, which templates/site/search.js reads.</summary>
    public const string Global = "perfPublishSearch";

    // Compact, and with < > & ' " as \u escapes (JsonFiles' encoder): no name can end the script or its string.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JsonFiles.Options.Encoder };

    public static byte[] Write(IEnumerable<PublicationSummary> publications)
    {
        var json = JsonFiles.Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var p in publications.OrderByDescending(p => p.Year).ThenBy(p => p.UnitCode, StringComparer.Ordinal).ThenBy(p => p.Slug, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteNumber("year", p.Year);
                writer.WriteString("href", p.Href);
                writer.WriteString("unit", p.UnitName);
                writer.WriteString("code", p.UnitCode);
                writer.WriteString("category", p.Category ?? "");
                writer.WriteStartArray("projects");
                foreach (var project in p.Records) writer.WriteStringValue(project.Name);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }, Compact);
        var text = $"// 查找框的数据：全部年度的公开文件（由 PerfPublish 生成）。\nwindow.{Global} = {Encoding.UTF8.GetString(json).TrimEnd()};\n";
        return Encoding.UTF8.GetBytes(text);
    }
}
