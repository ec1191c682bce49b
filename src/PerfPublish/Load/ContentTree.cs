namespace PerfPublish.Load;

/// <summary>
/// The entries below a content folder, walked without following links. .NET's recursive enumeration
/// follows links to folders (a link to ".." repeats the tree until the system refuses, and a link to
/// another folder brings its files in as if they were here); content is what lies in real folders only.
/// </summary>
public static class ContentTree
{
    /// <summary>
    /// Every entry below <paramref name="folder"/>, each folder's entries in ordinal order; the walk goes
    /// into a real folder only when <paramref name="enter"/> says so (the folder itself is still listed).
    /// </summary>
    public static IEnumerable<ContentEntry> Entries(string folder, Func<string, bool> enter)
    {
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            var entries = Directory.EnumerateFileSystemEntries(current).Order(StringComparer.Ordinal)
                .Select(path => new ContentEntry(path, FileKinds.Of(path))).ToList();
            foreach (var entry in entries) yield return entry;
            // Pushed in reverse, so folders are entered in order too.
            foreach (var entry in Enumerable.Reverse(entries))
                if (entry.Kind == FileKind.Directory && enter(entry.Path)) pending.Push(entry.Path);
        }
    }
}
