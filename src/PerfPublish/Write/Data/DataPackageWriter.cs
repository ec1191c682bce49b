using System.Text;
using System.Text.Json;
using PerfPublish.Model;

namespace PerfPublish.Write.Data;

/// <summary>
/// datapackage.json: the Frictionless Data Package (v1) descriptor of a publication's open data, with a
/// Table Schema for each CSV (types, Chinese titles, keys) so tools can load the files without guessing.
/// </summary>
public static class DataPackageWriter
{
    public const string FileName = "datapackage.json";

    public static byte[] Write(Publication publication, string jsonFile, IReadOnlyList<DataTable> tables) =>
        Write(PackageName(publication.Slug), publication.Title,
            $"{publication.Unit.Name}{publication.Year}年部门预算绩效目标的开放数据：全文（JSON），预算项目的预算数及资金支出计划、绩效指标（CSV，UTF-8）。金额单位：{publication.CurrencyUnit}。",
            new JsonFile("publication", jsonFile, publication.Title,
                $"The whole publication; its structure is the JSON Schema {(PublicationJsonSchema.IsStandard(publication) ? PublicationJsonWriter.SchemaFile : PublicationJsonSchema.FileName(publication))} named in its $schema."),
            tables);

    public static byte[] Write(string name, string title, string description, JsonFile jsonFile, IReadOnlyList<DataTable> tables) => JsonFiles.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("profile", "data-package");
        json.WriteString("name", name);
        json.WriteString("title", title);
        json.WriteString("description", description);
        json.WriteStartArray("resources");
        JsonResource(json, jsonFile);
        foreach (var table in tables) TableResource(json, table);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void JsonResource(Utf8JsonWriter json, JsonFile file)
    {
        json.WriteStartObject();
        json.WriteString("profile", "data-resource");
        json.WriteString("name", file.Name);
        json.WriteString("path", file.Path);
        json.WriteString("title", file.Title);
        json.WriteString("description", file.Description);
        json.WriteString("format", "json");
        json.WriteString("mediatype", "application/json");
        json.WriteString("encoding", "utf-8");
        json.WriteEndObject();
    }

    private static void TableResource(Utf8JsonWriter json, DataTable table)
    {
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("name", table.Name);
        json.WriteString("path", table.FileName);
        json.WriteString("title", table.Title);
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        // The file starts with a byte order mark (for Excel); UTF-8 readers skip it.
        json.WriteString("encoding", "utf-8");
        json.WriteStartObject("dialect");
        json.WriteString("delimiter", ",");
        json.WriteString("lineTerminator", "\r\n");
        json.WriteString("quoteChar", "\"");
        json.WriteBoolean("doubleQuote", true);
        json.WriteBoolean("header", true);
        json.WriteEndObject();
        Schema(json, table);
        json.WriteEndObject();
    }

    private static void Schema(Utf8JsonWriter json, DataTable table)
    {
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var field in table.Fields)
        {
            json.WriteStartObject();
            json.WriteString("name", field.Name);
            json.WriteString("type", field.Type.ToString().ToLowerInvariant());
            json.WriteString("title", field.Title);
            json.WriteString("description", field.Description);
            json.WriteStartObject("constraints");
            json.WriteBoolean("required", field.Required);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (table.PrimaryKey.Length > 0) Strings(json, "primaryKey", table.PrimaryKey);
        if (table.ForeignKey is { } key)
        {
            json.WriteStartArray("foreignKeys");
            json.WriteStartObject();
            Strings(json, "fields", key.Fields);
            json.WriteStartObject("reference");
            json.WriteString("resource", key.Resource);
            Strings(json, "fields", key.ReferenceFields);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    /// <summary>Data Package names are lower-case letters, digits and - . _ /; anything else becomes '-'.</summary>
    public static string PackageName(string slug)
    {
        var name = new StringBuilder();
        foreach (var c in slug.ToLowerInvariant()) name.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' ? c : '-');
        return name.Length > 0 ? name.ToString() : "publication";
    }
}
