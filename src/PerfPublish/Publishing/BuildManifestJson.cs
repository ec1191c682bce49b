using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfPublish.Publishing;

/// <summary>
/// The manifest's JSON, generated at compile time: reflection-based serialization cannot run in a Native
/// AOT CLI. Unindented, with Chinese written as itself rather than as \u escapes: the summaries make the
/// manifest large (about 5 MB for 200 units of 20 projects, 25 MB for 1000), and every build reads and writes it.
/// Strict on reading: a missing or null value where the records have none is an error, not a null to trip over later.
/// </summary>
[JsonSerializable(typeof(BuildManifest))]
[JsonSerializable(typeof(BuildStamps))]
internal sealed partial class BuildManifestJson : JsonSerializerContext
{
    public static BuildManifestJson Compact { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    });
}
