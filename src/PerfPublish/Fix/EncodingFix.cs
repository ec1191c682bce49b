using System.Text;
using PerfPublish.Load;

namespace PerfPublish.Fix;

/// <summary>One content file to rewrite as UTF-8: its encoding today and the first lines as they will read.</summary>
public sealed record EncodingChange(string Path, string From, string Text, IReadOnlyList<string> Preview)
{
    /// <summary>Where the original bytes are kept: next to the file, named after the encoding they are in.</summary>
    public string Backup => $"{Path}.{From.ToLowerInvariant()}.bak";
}

/// <summary>What fix-encoding found under the paths it was given.</summary>
public sealed record EncodingPlan(IReadOnlyList<EncodingChange> Changes, IReadOnlyList<string> Unreadable, IReadOnlyList<string> Missing, int AlreadyUtf8);

/// <summary>
/// perfpublish fix-encoding: finds the content files (.yaml, .md) saved in GBK, GB18030 or UTF-16 and
/// rewrites them as UTF-8 without a byte-order mark, keeping the original next to each. Planning and
/// applying are separate steps so that the command can show what will change before it changes anything.
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
        var utf8 = 0;
        foreach (var file in Files(paths, missing))
        {
            var bytes = File.ReadAllBytes(file);
            if (LegacyEncoding.UnicodeMarkOf(bytes) is null && IsUtf8(bytes)) utf8++;
            else if (LegacyEncoding.Detect(bytes) is { } detected) changes.Add(Change(file, detected));
            else unreadable.Add(SourceFile.DisplayPath(file));
        }
        return new EncodingPlan(changes, unreadable, missing, utf8);
    }

    /// <summary>Keeps the original bytes as <see cref="EncodingChange.Backup"/>, then replaces the file in one step.</summary>
    public static void Apply(EncodingChange change)
    {
        File.Copy(change.Path, change.Backup, overwrite: false);
        var staging = change.Path + ".utf8-" + Environment.ProcessId;
        File.WriteAllText(staging, change.Text, StrictUtf8);
        File.Move(staging, change.Path, overwrite: true);
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

    private static IEnumerable<string> Files(IEnumerable<string> paths, List<string> missing)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) yield return path;
            else if (Directory.Exists(path))
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => ContentExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                             .Order(StringComparer.Ordinal))
                    yield return file;
            else missing.Add(path);
        }
    }
}
