using System.Security.Cryptography;
using System.Text;
using PerfPublish.Load;

namespace PerfPublish.Publishing;

/// <summary>
/// The key of everything a publication's output depends on: its own files, every template, the
/// build's options that change output (PDF on or off), the language of its messages and the tool's version (the library's build
/// identity, which changes with any change to its code). Equal keys mean byte-identical output.
/// A build reads and hashes only the folders whose stamp (StampOf: sizes and write times) is not the one
/// the previous build recorded.
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
        AppendPublication(hash, publicationFolder, path =>
        {
            AppendBytes(hash, Readable(() => SourceFile.ReadAtMost(path, SourceFile.MaxBytes + 1)));
            return true;
        });
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// What <see cref="Of"/> hashes, with each regular file's size, write and creation times in place of its bytes: a
    /// folder whose stamp is the one recorded with a content key has that key, and is not read again. Null
    /// when a file was written too recently for its stamp to stand for its bytes (FileStamp).
    /// </summary>
    public string? StampOf(string publicationFolder, string slug)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_shared);
        AppendText(hash, "stamp");
        AppendText(hash, slug);
        var trusted = AppendPublication(hash, publicationFolder, path =>
        {
            var info = new FileInfo(path);
            if (FileStamp.TrustedTicks(info) is not { } ticks) return false;
            hash.AppendData(BitConverter.GetBytes(info.Length));
            hash.AppendData(BitConverter.GetBytes(ticks));
            // A file put in place of another (a copy that keeps times, an extracted archive) is a new file: its
            // creation time tells it from the one before, as git's index tells them apart by ctime and inode.
            hash.AppendData(BitConverter.GetBytes(info.CreationTimeUtc.Ticks));
            return true;
        });
        return trusted ? Convert.ToHexStringLower(hash.GetHashAndReset()) : null;
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
    /// Every file's relative path and bytes, in ordinal order (templates: links followed, as the build reads them).
    /// A non-regular file (a pipe, a device) is never opened: it counts by its kind.
    /// </summary>
    private static void AppendFolder(IncrementalHash hash, string folder)
    {
        if (!Directory.Exists(folder)) return;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(folder, f).Replace('\\', '/'), Path: f))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (relative, path) in files)
        {
            AppendText(hash, relative);
            if (FileKinds.Behind(path) == FileKind.Regular) AppendWhole(hash, path);
            else AppendText(hash, FileKinds.Behind(path).ToString());
        }
    }

    /// <summary>
    /// A publication folder's entries as the loader sees them: links are not followed (the loader refuses
    /// them as content, so only where one points matters), a pipe or a device counts by its kind, and a
    /// regular file by its first <see cref="SourceFile.MaxBytes"/> + 1 bytes, which is all the loader ever
    /// reads (a longer file referenced is an error, and one not referenced does not change the output).
    /// Subfolders that hold another publication (their own publication.yaml) are that publication's.
    /// Each regular file is appended by <paramref name="appendRegular"/>; when it returns false the walk stops
    /// and so does this, with false.
    /// </summary>
    private static bool AppendPublication(IncrementalHash hash, string folder, Func<string, bool> appendRegular)
    {
        if (!Directory.Exists(folder)) return true;
        foreach (var (path, kind) in ContentTree.Entries(folder, sub => !File.Exists(Path.Combine(sub, PublicationLoader.FileName))))
        {
            AppendText(hash, Path.GetRelativePath(folder, path).Replace('\\', '/'));
            AppendText(hash, kind.ToString());
            if (kind == FileKind.Link) AppendText(hash, new FileInfo(path).LinkTarget ?? "");
            if (kind == FileKind.Regular && !appendRegular(path)) return false;
        }

        return true;
    }

    private static void AppendWhole(IncrementalHash hash, string path) =>
        AppendBytes(hash, Readable(() => File.ReadAllBytes(path)));

    /// <summary>A file's bytes, or none when it cannot be read: the loader reports that if the file is content.</summary>
    private static byte[] Readable(Func<byte[]> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static void AppendBytes(IncrementalHash hash, byte[] bytes)
    {
        hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
        hash.AppendData(bytes);
    }

    private static void AppendText(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
