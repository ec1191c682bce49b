using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PerfPublish.Model;

namespace PerfPublish.Write.Data;

/// <summary>
/// datapackage.json: the Frictionless Data Package (v1) descriptor of a publication's open data, with a
/// Table Schema for each CSV (types, Chinese titles, keys) so tools can load the files without guessing.
/// </summary>
public static class DataPackageWriter
{
    public const string FileName = "datapackage.json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(Publication publication, string jsonFile, IReadOnlyList<DataTable> tables)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("profile", "data-package");
            json.WriteString("name", PackageName(publication.Slug));
            json.WriteString("title", publication.Title);
            json.WriteString("description",
                $"{publication.Unit.Name}{publication.Year}年部门预算绩效目标的开放数据：全文（JSON），预算项目的预算数及资金支出计划、绩效指标（CSV，UTF-8）。金额单位：{publication.CurrencyUnit}。");
            json.WriteStartArray("resources");
            JsonResource(json, publication, jsonFile);
            foreach (var table in tables) TableResource(json, table);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void JsonResource(Utf8JsonWriter json, Publication publication, string jsonFile)
    {
        json.WriteStartObject();
        json.WriteString("profile", "data-resource");
        json.WriteString("name", "publication");
        json.WriteString("path", jsonFile);
        json.WriteString("title", publication.Title);
        json.WriteString("description", $"The whole publication; its structure is the JSON Schema {PublicationJsonWriter.SchemaFile} named in its $schema.");
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
            json.WriteBoolean("required", true);
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
