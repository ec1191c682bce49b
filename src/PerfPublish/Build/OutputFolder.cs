namespace PerfPublish.Build;

/// <summary>
/// Replaces a folder's whole contents at once: files are written to a staging folder beside it, which
/// then takes its place. A build that fails earlier never gets here, so the old output stays as it was.
/// </summary>
public static class OutputFolder
{
    public static IReadOnlyList<string> Replace(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(folder))!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(Path.GetFullPath(folder));
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");

        DeleteIfPresent(staging);
        foreach (var (relative, bytes) in files)
        {
            var path = Path.Combine(staging, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        if (Directory.Exists(folder)) Directory.Move(folder, previous);
        Directory.Move(staging, folder);
        DeleteIfPresent(previous);
        return [.. files.Keys.Select(relative => Path.Combine(folder, relative))];
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
