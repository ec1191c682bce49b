namespace PerfPublish.Office;

/// <summary>
/// Where LibreOffice may be installed, in the order it is looked for: each folder on PATH, then the folder its
/// installer uses. On Windows, where an office's staff work, the installer puts it in
/// Program Files\LibreOffice\program and never on PATH; on macOS it is an app bundle. A build that looked on
/// PATH alone would print no PDF and leave the table of contents without page numbers there.
/// </summary>
public static class LibreOfficeLocation
{
    /// <summary>The program's possible paths, first found wins: PATH's folders in order, then <paramref name="installFolders"/>.</summary>
    public static IEnumerable<string> Candidates(string? pathVariable, bool windows, IReadOnlyList<string> installFolders)
    {
        string[] names = windows ? ["soffice.exe"] : ["soffice", "libreoffice"];
        var onPath = (pathVariable ?? "").Split(windows ? ';' : ':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(folder => folder.Trim('"'))
            .Where(folder => folder.Length > 0);
        return onPath.Concat(installFolders).SelectMany(folder => names.Select(name => Path.Combine(folder, name)));
    }

    /// <summary>The installer's own folders on this machine: both Program Files on Windows, the app bundle on macOS, none elsewhere.</summary>
    public static IReadOnlyList<string> InstallFolders()
    {
        if (OperatingSystem.IsWindows())
            return [.. new[] { Environment.SpecialFolder.ProgramFiles, Environment.SpecialFolder.ProgramFilesX86 }
                .Select(Environment.GetFolderPath)
                .Where(folder => folder.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(folder => Path.Combine(folder, "LibreOffice", "program"))];
        return OperatingSystem.IsMacOS() ? ["/Applications/LibreOffice.app/Contents/MacOS"] : [];
    }
}
