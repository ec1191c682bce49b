using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PerfPublish.Diagnostics;

/// <summary>
/// The diagnostics as GitLab's code-quality report (a JSON array of issues), which GitLab shows on the
/// merge request and beside the changed lines: `perfpublish check --format gitlab`. Written with a
/// Utf8JsonWriter rather than serialised from anonymous objects, so it also works in the Native AOT CLI
/// (reflection-based serialisation is not available there).
/// </summary>
public static class CodeQualityReport
{
    public static string Write(IEnumerable<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
               {
                   Indented = true,
                   Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            json.WriteStartArray();
            foreach (var diagnostic in diagnostics) Issue(json, diagnostic);
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Issue(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("description", $"{d.Code}: {d.Message}");
        json.WriteString("check_name", d.Code);
        // The same finding keeps its fingerprint from run to run, so GitLab can tell new findings from fixed ones.
        json.WriteString("fingerprint", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{d.Code}|{d.Location}|{d.Message}"))));
        json.WriteString("severity", d.Severity == Severity.Error ? "major" : "minor");
        json.WriteStartObject("location");
        json.WriteString("path", d.Location.File);
        json.WriteStartObject("lines");
        json.WriteNumber("begin", d.Location.Line);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
