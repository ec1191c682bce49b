using PerfPublish.Diagnostics;

namespace PerfPublish.Load;

/// <summary>
/// The rule for a publication's own files: each is a regular file, and every folder between the
/// publication folder and it is a real folder, not a link. So a file's real path is inside its
/// publication whatever its path text says: a link (even one that points inside), a device or a pipe
/// is refused before it is opened, and nothing from elsewhere (.git/config, /dev/zero) is published.
/// </summary>
public static class ContentPath
{
    /// <summary>A path component that breaks the rule, and what it is.</summary>
    public sealed record Refusal(string Path, FileKind Kind);

    /// <summary>
    /// The first component of <paramref name="path"/> below <paramref name="publicationFolder"/> that is
    /// not what a content file's path may hold; null when every folder is a real one and the file a
    /// regular file (or missing, which the reader reports as such).
    /// </summary>
    public static Refusal? Check(string publicationFolder, string path)
    {
        var root = Path.GetFullPath(publicationFolder);
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(root, full);
        // A path outside the publication is refused by its text already (PP0002).
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return null;
        var parts = relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            var kind = FileKinds.Of(current);
            if (kind is FileKind.Link or FileKind.Special) return new Refusal(current, kind);
            // Below a file or a missing folder there is nothing: the reader says the file is missing.
            if (kind != FileKind.Directory) return null;
        }
        return null;
    }

    /// <summary>Reports a refusal at <paramref name="at"/> (the reference to the file, or the file itself); false when there is one.</summary>
    public static bool Allows(string publicationFolder, string path, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (Check(publicationFolder, path) is not { } refusal) return true;
        diagnostics.Error(at, Codes.NotRegularFile, Describe(refusal));
        return false;
    }

    /// <summary>A publication's file as text, when the rule allows it (see <see cref="SourceFile.ReadText"/>); null after reporting.</summary>
    public static string? ReadText(string publicationFolder, string path, SourceLocation referencedFrom, DiagnosticBag diagnostics) =>
        Allows(publicationFolder, path, referencedFrom, diagnostics) ? SourceFile.ReadText(path, referencedFrom, diagnostics) : null;

    public static string Describe(Refusal refusal)
    {
        var display = SourceFile.DisplayPath(refusal.Path);
        return refusal.Kind == FileKind.Link
            ? Messages.Format("PP0007_Link", display, new FileInfo(refusal.Path).LinkTarget ?? "")
            : Messages.Format("PP0007_Special", display);
    }
}
