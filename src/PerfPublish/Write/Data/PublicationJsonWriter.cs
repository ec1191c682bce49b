using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Model;
using PerfPublish.Parse;

namespace PerfPublish.Write.Data;

/// <summary>
/// The whole publication as JSON, shaped like the content files (same snake_case keys), following
/// schemas/open-data/publication.v1.schema.json. Prose is written as the blocks of the published
/// document (paragraphs, lists, links that passed the checks), never as raw Markdown.
/// </summary>
public static class PublicationJsonWriter
{
    public const string SchemaFile = "publication.v1.schema.json";

    /// <param name="schemaHref">Where the schema is, relative to the JSON file.</param>
    public static byte[] Write(Publication publication, string schemaHref) => JsonFiles.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", schemaHref);
        json.WriteString("id", publication.Slug);
        json.WriteString("title", publication.Title);
        json.WriteNumber("year", publication.Year);
        json.WriteStartObject("unit");
        if (publication.Unit.HasCode) json.WriteString("code", publication.Unit.Code);
        json.WriteString("name", publication.Unit.Name);
        json.WriteEndObject();
        // Optional (schema v1 only gains optional keys): written where the editor gave one.
        if (publication.Category is { } category) json.WriteString("category", category);
        json.WriteString("currency_unit", publication.CurrencyUnit);
        json.WriteString("framework", publication.Framework);
        Prose(json, "overall_objective", publication.OverallObjective);
        Objectives(json, publication.Objectives);
        Prose(json, "safeguards", publication.Safeguards);
        json.WriteStartArray("projects");
        foreach (var project in publication.Projects) Project(json, project);
        json.WriteEndArray();
        // Optional (schema v1 only gains optional keys): the department-as-a-whole form, where there is one.
        if (publication.Department is { } department)
        {
            json.WriteStartObject("department");
            Fields(json, department.Root);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    });

    private static void Objectives(Utf8JsonWriter json, IEnumerable<Objective> objectives)
    {
        json.WriteStartArray("objectives");
        foreach (var objective in objectives)
        {
            json.WriteStartObject();
            json.WriteString("name", objective.Name);
            json.WriteString("goal", objective.Goal);
            json.WriteString("indicator", objective.Indicator);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Project(Utf8JsonWriter json, Project project)
    {
        json.WriteStartObject();
        json.WriteNumber("order", project.Order);
        Fields(json, project.Record.Root);
        json.WriteEndObject();
    }

    /// <summary>A record's values under their keys, shaped as the content files write them.</summary>
    private static void Fields(Utf8JsonWriter json, GroupValue group)
    {
        foreach (var value in group.Values)
        {
            json.WritePropertyName(value.Field.Key);
            Value(json, value);
        }
    }

    private static void Value(Utf8JsonWriter json, FieldValue value)
    {
        switch (value)
        {
            case TextValue text:
                json.WriteStringValue(text.Text);
                break;
            case NumberValue number:
                json.WriteNumberValue(number.Number);
                break;
            case ListValue list:
                json.WriteStartArray();
                foreach (var item in list.Items) json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            case GroupValue group:
                json.WriteStartObject();
                Fields(json, group);
                json.WriteEndObject();
                break;
            case TableValue table:
                json.WriteStartArray();
                foreach (var row in table.Rows) Value(json, row);
                json.WriteEndArray();
                break;
            case IndicatorTree tree:
                json.WriteStartArray();
                foreach (var first in tree.Levels) FirstLevel(json, first);
                json.WriteEndArray();
                break;
        }
    }

    private static void FirstLevel(Utf8JsonWriter json, FirstLevelIndicator first)
    {
        json.WriteStartObject();
        json.WriteString("level1", first.Name);
        json.WriteStartArray("groups");
        foreach (var second in first.Groups)
        {
            json.WriteStartObject();
            json.WriteString("level2", second.Name);
            json.WriteStartArray("items");
            foreach (var item in second.Items)
            {
                json.WriteStartObject();
                json.WriteString("level3", item.Name);
                Fields(json, item.Cells);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Prose goes through the same Markdown renderer and markup parser as the document, so the JSON
    /// says what the page says: raw HTML as text, unsafe links as their text only. The renderer's
    /// warnings were already reported when the document was composed, so they are not repeated.
    /// </summary>
    private static void Prose(Utf8JsonWriter json, string key, MarkdownText? markdown)
    {
        // A publication without this part of the prose has no blocks of it: the key stays (schema v1 requires it), empty.
        if (markdown is null)
        {
            json.WriteStartArray(key);
            json.WriteEndArray();
            return;
        }
        var quiet = new DiagnosticBag();
        var markup = new MarkdownRenderer(quiet).Render(markdown);
        var tree = new MarkupParser(markdown.File, quiet).Parse(markup.Html);
        json.WriteStartArray(key);
        foreach (var block in tree.Blocks) Block(json, block);
        json.WriteEndArray();
    }

    private static void Block(Utf8JsonWriter json, Block block)
    {
        json.WriteStartObject();
        switch (block)
        {
            case Paragraph paragraph:
                json.WriteString("type", "paragraph");
                json.WriteString("text", Inline.PlainText(paragraph.Content));
                Links(json, paragraph.Content);
                break;
            case ListBlock list:
                json.WriteString("type", "list");
                json.WriteBoolean("ordered", list.Ordered);
                json.WriteStartArray("items");
                foreach (var item in list.Items)
                {
                    json.WriteStartArray();
                    foreach (var child in item) Block(json, child);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                break;
        }
        json.WriteEndObject();
    }

    /// <summary>The links of a paragraph, when it has any: their text and their (checked) address.</summary>
    private static void Links(Utf8JsonWriter json, IEnumerable<Inline> content)
    {
        var links = LinksIn(content).ToList();
        if (links.Count == 0) return;
        json.WriteStartArray("links");
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("text", Inline.PlainText(link.Content));
            json.WriteString("href", link.Href);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static IEnumerable<Span> LinksIn(IEnumerable<Inline> content) =>
        content.OfType<Span>().SelectMany(span => span.Kind == SpanKind.Link ? [span] : LinksIn(span.Content));
}
