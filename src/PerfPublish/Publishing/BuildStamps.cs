using System.Text.Json;

namespace PerfPublish.Publishing;

/// <summary>
/// What the last build saw of the files on disk (output/build-stamps.json, beside the manifest, not published):
/// each publication folder's stamp with the content key it stood for, and the write time of each file it put
/// in the site. Like git's index, it records the file system, not the content, so it is kept apart from the
/// manifest, which the same content always writes byte for byte. It only spares reading: a file whose stamp
/// differs is hashed, and a stamps file that is missing or cannot be read means every file is hashed.
/// </summary>
public sealed record BuildStamps(IReadOnlyDictionary<string, PublicationStamps> Publications)
{
    public const string FileName = "build-stamps.json";

    public static BuildStamps Empty { get; } = new(new Dictionary<string, PublicationStamps>());

    public static string PathIn(string outputFolder) => Path.Combine(outputFolder, FileName);

    public static BuildStamps Read(string outputFolder)
    {
        try
        {
            using var file = File.OpenRead(PathIn(outputFolder));
            return JsonSerializer.Deserialize(file, BuildManifestJson.Compact.BuildStamps) ?? Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return Empty;
        }
    }

    public void Write(string outputFolder)
    {
        using var file = File.Create(PathIn(outputFolder));
        JsonSerializer.Serialize(file, this, BuildManifestJson.Compact.BuildStamps);
    }

    public static void Delete(string outputFolder) => File.Delete(PathIn(outputFolder));

    /// <summary>The content key recorded for a publication folder with the same stamp (ContentKey.StampOf), or null.</summary>
    public string? ContentKeyOf(string slug, string? stamp) =>
        stamp is not null && Publications.TryGetValue(slug, out var recorded) && recorded.Content == stamp ? recorded.ContentKey : null;

    /// <summary>The write times recorded for a publication's files in the site, by path.</summary>
    public IReadOnlyDictionary<string, long> FilesOf(string slug) =>
        Publications.TryGetValue(slug, out var recorded) ? recorded.Files : new Dictionary<string, long>();
}

/// <summary>One publication's stamps: its folder's (null when a file was too new to count on it), the content key it stood for, its files' write times.</summary>
public sealed record PublicationStamps(string? Content, string ContentKey, IReadOnlyDictionary<string, long> Files);
