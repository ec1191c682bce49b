using System.Reflection;
using PerfPublish.Model;

namespace PerfPublish.Write.Data;

/// <summary>
/// A publication's open-data files, by file name: the JSON of the whole publication, a CSV per table
/// and the datapackage.json that describes them. The JSON Schema ships inside this library, so the
/// schema a site carries is always the one its JSON was written for.
/// </summary>
public static class OpenData
{
    /// <summary>Where the site keeps the schema, relative to the site root.</summary>
    public const string SchemaPath = "schemas/" + PublicationJsonWriter.SchemaFile;

    public static IReadOnlyDictionary<string, byte[]> Files(Publication publication)
    {
        var jsonFile = publication.Slug + ".json";
        var tables = OpenDataTables.All(publication);
        var standard = PublicationJsonSchema.IsStandard(publication);
        // Each publication's folder is one level below the site root.
        var schemaHref = standard ? "../" + SchemaPath : PublicationJsonSchema.FileName(publication);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [jsonFile] = PublicationJsonWriter.Write(publication, schemaHref),
            [DataPackageWriter.FileName] = DataPackageWriter.Write(publication, jsonFile, tables),
        };
        if (!standard) files[PublicationJsonSchema.FileName(publication)] = PublicationJsonSchema.Write(publication);
        foreach (var table in tables) files[table.FileName] = CsvWriter.Write(table);
        return files;
    }

    /// <summary>What the page's download link of one of these files says, by its file name; null for other files.</summary>
    public static string? Label(string fileName) => fileName switch
    {
        DataPackageWriter.FileName => "开放数据：数据包说明（datapackage.json）",
        _ when fileName.EndsWith("-" + OpenDataTables.BudgetsName + ".csv", StringComparison.Ordinal) => "开放数据：预算数及资金支出计划（CSV）",
        _ when fileName.EndsWith("-" + OpenDataTables.IndicatorsName + ".csv", StringComparison.Ordinal) => "开放数据：绩效指标（CSV）",
        _ when fileName.EndsWith(".schema.json", StringComparison.Ordinal) => "开放数据：全文的结构说明（JSON Schema）",
        _ when fileName.EndsWith(".json", StringComparison.Ordinal) => "开放数据：全文（JSON）",
        _ => null,
    };

    /// <summary>The shipped schema (schemas/open-data/publication.v1.schema.json), byte for byte.</summary>
    public static byte[] Schema()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PerfPublish.OpenData." + PublicationJsonWriter.SchemaFile)
            ?? throw new InvalidOperationException("the open-data schema is not embedded in the PerfPublish assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
