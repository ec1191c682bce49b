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

    /// <summary>
    /// What the page's download link of each of these files says, by file name: every one in Chinese, a
    /// table's by its title (the form profile's data title), the seed form's two by the names the site has
    /// always given them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Labels(Publication publication)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [publication.Slug + ".json"] = "开放数据：全文（JSON）",
            [DataPackageWriter.FileName] = "开放数据：数据包说明（datapackage.json）",
        };
        if (!PublicationJsonSchema.IsStandard(publication)) labels[PublicationJsonSchema.FileName(publication)] = "开放数据：全文的结构说明（JSON Schema）";
        foreach (var table in OpenDataTables.Titles(publication))
            labels[table.FileName] = $"开放数据：{SeedLabels.GetValueOrDefault(table.Name, table.Title)}（CSV）";
        return labels;
    }

    private static readonly Dictionary<string, string> SeedLabels = new(StringComparer.Ordinal)
    {
        [OpenDataTables.BudgetsName] = "预算数及资金支出计划",
        [OpenDataTables.IndicatorsName] = "绩效指标",
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
