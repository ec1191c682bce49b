using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PerfPublish.Diagnostics;

/// <summary>
/// The diagnostics as GitLab's code-quality report (a JSON array of issues), which GitLab shows on the
/// merge request and beside the changed lines: `perfpublish check --format gitlab`.
/// </summary>
public static class CodeQualityReport
{
    public static string Write(IEnumerable<Diagnostic> diagnostics)
    {
        var issues = diagnostics.Select(d => new
        {
            description = $"{d.Code}: {d.Message}",
            check_name = d.Code,
            // The same finding keeps its fingerprint from run to run, so GitLab can tell new findings from fixed ones.
            fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{d.Code}|{d.Location}|{d.Message}"))),
            severity = d.Severity == Severity.Error ? "major" : "minor",
            location = new { path = d.Location.File, lines = new { begin = d.Location.Line } },
        });
        return JsonSerializer.Serialize(issues, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }
}
