using System.Text.Json;
using PerfPublish.Write;

namespace PerfPublish.Publishing;

/// <summary>
/// What a build put in its site, beside it (output/build-manifest.json, not published): what built it
/// (BuildIdentity), which shard it is (null for a whole site), and each publication's page summary, files
/// and the content key it was built from. The next build reuses a publication whose key is unchanged and
/// whose files are still the ones recorded (BuildCache), and 'perfpublish site' reads the summaries of
/// shard outputs to write the index without building anything again.
/// </summary>
public sealed record BuildManifest(BuildIdentity Identity, Shard? Shard, IReadOnlyList<BuiltPublication> Publications)
{
    public const string FileName = "build-manifest.json";

    public static string PathIn(string outputFolder) => Path.Combine(outputFolder, FileName);

    /// <summary>The manifest of a previous build; null when there is none or (with the reason in <paramref name="problem"/>) when it cannot be read.</summary>
    public static BuildManifest? TryRead(string outputFolder, out string? problem)
    {
        problem = null;
        var path = PathIn(outputFolder);
        if (!File.Exists(path)) return null;
        try
        {
            using var file = File.OpenRead(path);
            var manifest = JsonSerializer.Deserialize(file, BuildManifestJson.Compact.BuildManifest);
            problem = manifest is null ? "null" : manifest.Inconsistency();
            return problem is null ? manifest : null;
        }
        catch (JsonException e)
        {
            problem = e.Message;
            return null;
        }
    }

    /// <summary>The manifest of a previous build, or an empty one when there is none or it cannot be read.</summary>
    public static BuildManifest Read(string outputFolder) => TryRead(outputFolder, out _) ?? Empty;

    public static BuildManifest Empty { get; } = new(new BuildIdentity("", ""), null, []);

    /// <summary>The summary recorded for a publication built from the same content, or null.</summary>
    public PublicationSummary? SummaryOf(string slug, string contentKey) =>
        Publications.FirstOrDefault(p => p.Summary.Slug == slug && p.ContentKey == contentKey)?.Summary;

    /// <summary>
    /// Removed before the site is swapped and written after, so a build interrupted in between
    /// leaves no manifest claiming a site it does not describe.
    /// </summary>
    public static void Delete(string outputFolder) => File.Delete(PathIn(outputFolder));

    /// <summary>Streamed to the file: at a thousand publications the manifest is megabytes, not worth holding whole.</summary>
    public void Write(string outputFolder)
    {
        using var file = File.Create(PathIn(outputFolder));
        JsonSerializer.Serialize(file, this, BuildManifestJson.Compact.BuildManifest);
    }

    /// <summary>
    /// What the JSON types cannot say: no entry is null, and every file is inside its publication's folder
    /// under a slug, so a manifest edited by hand (or by anyone who can write the output) can never make a
    /// build read or write outside the site.
    /// </summary>
    private string? Inconsistency()
    {
        foreach (var publication in Publications)
        {
            if (publication is null) return "a publication is null";
            var slug = publication.Summary.Slug;
            if (!Validate.Rules.PublicationFolderNameRule.IsSlug(slug)) return $"'{slug}' is not a slug";
            if (publication.Files.Any(f => f is null)) return $"a file of '{slug}' is null";
            if (publication.Files.FirstOrDefault(f => !f.IsIn(slug)) is { } file) return $"'{file.Path}' is not a file of '{slug}'";
            if (publication.Warnings.Any(w => w is null)) return $"a warning of '{slug}' is null";
        }

        return null;
    }
}
