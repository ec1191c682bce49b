using System.Security.Cryptography;
using System.Text;
using PerfPublish.Load;

namespace PerfPublish.Build;

/// <summary>
/// The key of everything a publication's output depends on: its own files, every template, the
/// build's options that change output (PDF on or off), the language of its messages and the tool's version (the library's build
/// identity, which changes with any change to its code). Equal keys mean byte-identical output.
/// </summary>
public sealed class ContentKey
{
    private readonly byte[] _shared;

    private ContentKey(byte[] shared) => _shared = shared;

    public static ContentKey For(string templatesFolder, bool pdf)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(ContentKey).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        hash.AppendData([pdf ? (byte)1 : (byte)0]);
        // The recorded warnings are repeated when a publication is reused, in the language they were written in.
        AppendText(hash, System.Globalization.CultureInfo.CurrentUICulture.Name);
        AppendFolder(hash, templatesFolder);
        return new ContentKey(hash.GetHashAndReset());
    }

    /// <summary>The key of one publication folder (and its slug, which names its files).</summary>
    public string Of(string publicationFolder, string slug)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_shared);
        AppendText(hash, slug);
        AppendFolder(hash, publicationFolder, skipNested: true);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The key of a publication's page and files together: its own content key and those of its unit's
    /// publications of every year, since the page links them and shows what changed from the year before.
    /// </summary>
    public static string OfPage(string contentKey, IEnumerable<string> unitKeys)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendText(hash, contentKey);
        foreach (var key in unitKeys.Order(StringComparer.Ordinal)) AppendText(hash, key);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The hash of every file of a folder (the templates): equal hashes, the same files.</summary>
    public static string OfFolder(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendFolder(hash, folder);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Every file's relative path and bytes, in ordinal order. A publication folder's subfolders that
    /// hold another publication (their own publication.yaml) are that publication's, not this one's.
    /// </summary>
    private static void AppendFolder(IncrementalHash hash, string folder, bool skipNested = false)
    {
        if (!Directory.Exists(folder)) return;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !skipNested || !InNestedPublication(folder, f))
            .Select(f => (Relative: Path.GetRelativePath(folder, f).Replace('\\', '/'), Path: f))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (relative, path) in files)
        {
            AppendText(hash, relative);
            var bytes = File.ReadAllBytes(path);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }
    }

    private static bool InNestedPublication(string root, string file)
    {
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, PublicationLoader.FileName))) return true;
        return false;
    }

    private static void AppendText(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
