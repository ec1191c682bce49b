using System.Text;
using System.Text.Json.Nodes;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Write.Data;

/// <summary>
/// The JSON Schema of a publication's JSON when its forms are not the seed's project form alone. The shipped
/// publication.v1.schema.json describes the seed's project shape; another form's projects, or a department
/// form, would not validate against it. Such a publication carries its own schema beside its JSON
/// (&lt;slug&gt;.schema.json): v1 with the project definition generated from the project form's definition and
/// a department key from the department form's, so every key the JSON has is one its schema names.
/// </summary>
public static class PublicationJsonSchema
{
    /// <summary>Whether the shipped v1 schema describes the publication's JSON as it is.</summary>
    public static bool IsStandard(Publication publication) =>
        publication.Department is null && (publication.Projects.IsEmpty || publication.Forms.Project?.Id == FormCatalog.DefaultProject);

    public static string FileName(Publication publication) => publication.Slug + ".schema.json";

    public static byte[] Write(Publication publication)
    {
        var schema = JsonNode.Parse(OpenData.Schema())!.AsObject();
        var forms = string.Join("、", new[] { publication.Forms.Project, publication.Department is null ? null : publication.Forms.Department }
            .OfType<FormProfile>().Select(f => f.Id));
        schema["title"] = $"{publication.Title}：开放数据（JSON）的结构";
        schema["description"] = $"publication.v1.schema.json，其中的表按本文件所用表式（{forms}）的定义生成。";
        schema["properties"]!["$schema"] = new JsonObject { ["const"] = FileName(publication), ["description"] = "本文件：JSON 全文的结构说明。" };
        if (publication.Forms.Project is { } project) schema["definitions"]!["project"] = FormSchema.Record(project, []);
        if (publication.Department is not null && publication.Forms.Department is { } department)
            schema["properties"]!["department"] = FormSchema.Record(department, []);
        return Encoding.UTF8.GetBytes(FormSchema.Serialize(schema));
    }
}
