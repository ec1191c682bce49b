using System.Text.Json;
using PerfPublish.Write.Data;

using PerfPublish.Write;

namespace PerfPublish.Write.Html;

/// <summary>
/// The search box's data for one year's index page: each publication's project names by its folder
/// (the first part of its link on the page). Unit names and codes are on the page already, so the
/// file holds only what the page does not show.
/// </summary>
public static class SearchIndex
{
    public static string FileOf(int year) => $"search-{year}.json";

    // Compact: the file is for the page's script, not for reading.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JsonFiles.Options.Encoder };

    public static byte[] Write(IEnumerable<PublicationSummary> publications) => JsonFiles.Write(json =>
    {
        json.WriteStartObject();
        foreach (var publication in publications.OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            json.WriteStartArray(publication.Slug);
            foreach (var project in publication.Records) json.WriteStringValue(project.Name);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }, Compact);
}
