using System.Text;
using PerfPublish.Load;

namespace PerfPublish.Fix;

/// <summary>
/// perfpublish fix-encoding: finds the content files (.yaml, .md) saved in GBK, GB18030 or UTF-16 and
/// rewrites them as UTF-8 without a byte-order mark, keeping the original next to each. Planning and
/// applying are separate steps so that the command can show what will change before it changes anything.
/// A file is replaced in one step and keeps its permissions. Links are not followed: replacing a link
/// would turn it into a copy, and writing through it would change a file elsewhere, perhaps outside the
/// repository, that the link's owner may share with others (the build refuses linked content anyway);
/// the user converts the file the link points to by naming it, if it is theirs to change.
/// </summary>
public static class EncodingFix
{
    private static readonly string[] ContentExtensions = [".yaml", ".yml", ".md"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static EncodingPlan Plan(IEnumerable<string> paths)
    {
        var changes = new List<EncodingChange>();
        var unreadable = new List<string>();
        var missing = new List<string>();
        var links = new List<string>();
        var utf8 = 0;
        foreach (var file in Files(paths, missing, links))
        {
            var bytes = File.ReadAllBytes(file);
            if (LegacyEncoding.UnicodeMarkOf(bytes) is null && IsUtf8(bytes)) utf8++;
            else if (LegacyEncoding.Detect(bytes) is { } detected) changes.Add(Change(file, detected));
            else unreadable.Add(SourceFile.DisplayPath(file));
        }
        return new EncodingPlan(changes, unreadable, missing, utf8) { Links = [.. links.Order(StringComparer.Ordinal)] };
    }

    /// <summary>Keeps the original bytes as <see cref="EncodingChange.Backup"/>, then replaces the file in one step, with its permissions.</summary>
    public static void Apply(EncodingChange change)
    {
        File.Copy(change.Path, change.Backup, overwrite: false);
        var staging = change.Path + ".utf8-" + Environment.ProcessId;
        File.WriteAllText(staging, change.Text, StrictUtf8);
        Replace(staging, change.Path);
    }

    /// <summary>
    /// Moves <paramref name="staging"/> over <paramref name="path"/>, carrying the permissions over: the new
    /// file would otherwise get the default ones, and a read-only file would become writable.
    /// </summary>
    private static void Replace(string staging, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var attributes = File.GetAttributes(path);
            File.SetAttributes(path, attributes & ~FileAttributes.ReadOnly);
            File.Move(staging, path, overwrite: true);
            File.SetAttributes(path, attributes);
            return;
        }

        File.SetUnixFileMode(staging, File.GetUnixFileMode(path));
        File.Move(staging, path, overwrite: true);
    }

    private static EncodingChange Change(string file, DetectedText detected)
    {
        // The lines with Chinese in them are the ones a wrong guess would garble: they show whether it reads right.
        var preview = detected.Text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Any(c => c > 0x7F)).Take(3)
            .Select(l => l.Length <= 60 ? l : l[..60] + "…").ToList();
        return new EncodingChange(SourceFile.DisplayPath(file), detected.Encoding, detected.Text, preview);
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try { StrictUtf8.GetString(bytes); return true; }
        catch (DecoderFallbackException) { return false; }
    }

    private static IEnumerable<string> Files(IEnumerable<string> paths, List<string> missing, List<string> links)
    {
        foreach (var path in paths)
        {
            if (IsLink(path)) links.Add(SourceFile.DisplayPath(path));
            else if (File.Exists(path)) yield return path;
            else if (Directory.Exists(path))
                foreach (var file in ContentFilesUnder(path, links).Order(StringComparer.Ordinal))
                    yield return file;
            else missing.Add(path);
        }
    }

    /// <summary>The .yaml and .md files under <paramref name="folder"/>; links met on the way are listed, not followed.</summary>
    private static IEnumerable<string> ContentFilesUnder(string folder, List<string> links)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            if (IsLink(entry))
            {
                if (Directory.Exists(entry) || IsContentFile(entry)) links.Add(SourceFile.DisplayPath(entry));
            }
            else if (Directory.Exists(entry))
            {
                foreach (var file in ContentFilesUnder(entry, links)) yield return file;
            }
            else if (IsContentFile(entry)) yield return entry;
        }
    }

    private static bool IsContentFile(string path) => ContentExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
