using System.Collections.Immutable;
using System.Text;

namespace PerfPublish.Review;

public static class SourceChanges
{
    /// <summary>Above this size a text file's lines are not compared; it is summarised by its sizes, as a binary file is.</summary>
    public const long LargeFile = 2 * 1024 * 1024;

    public static ImmutableArray<SourceChange> Between(ReviewSide old, ReviewSide @new)
    {
        var before = Files(old);
        var after = Files(@new);
        var changes = new List<SourceChange>();
        foreach (var path in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var o = before.TryGetValue(path, out var a) ? File.ReadAllBytes(a) : null;
            var n = after.TryGetValue(path, out var b) ? File.ReadAllBytes(b) : null;
            if (o is not null && n is not null && o.AsSpan().SequenceEqual(n)) continue;
            changes.Add(Change(path, o, n));
        }
        return [.. changes];
    }

    private static SourceChange Change(string path, byte[]? old, byte[]? @new)
    {
        var change = old is null ? Review.Change.Inserted : @new is null ? Review.Change.Deleted : Review.Change.Same;
        var binary = IsBinary(old) || IsBinary(@new) || (old?.LongLength ?? 0) > LargeFile || (@new?.LongLength ?? 0) > LargeFile;
        var (deleted, inserted) = binary ? (0, 0) : Lines(Text(old), Text(@new));
        return new SourceChange(path, change, binary, old?.LongLength ?? 0, @new?.LongLength ?? 0, deleted, inserted);
    }

    private static (int Deleted, int Inserted) Lines(string old, string @new)
    {
        string[] Split(string text) => text.Length == 0 ? [] : text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var hunks = SequenceDiff.Of(Split(old), Split(@new)).Where(h => !h.IsSame).ToList();
        return (hunks.Sum(h => h.OldCount), hunks.Sum(h => h.NewCount));
    }

    private static string Text(byte[]? bytes) => bytes is null ? "" : Encoding.UTF8.GetString(bytes);

    private static bool IsBinary(byte[]? bytes)
    {
        if (bytes is null) return false;
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 8000)).Contains((byte)0)) return true;
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return false;
        }
        catch (DecoderFallbackException)
        {
            return true;
        }
    }

    /// <summary>The side's content and templates files, by their path in the repository ("content/…", "templates/…").</summary>
    private static Dictionary<string, string> Files(ReviewSide side)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { side.ContentFolder, side.TemplatesFolder })
        {
            if (!Directory.Exists(folder)) continue;
            var name = System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(folder));
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                files[name + "/" + System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/')] = file;
        }
        return files;
    }
}
