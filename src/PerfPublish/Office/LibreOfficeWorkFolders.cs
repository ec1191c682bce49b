using System.Diagnostics;
using System.Globalization;

namespace PerfPublish.Office;

/// <summary>
/// Where each LibreOffice instance keeps its profile and documents: a folder of its own under the temp folder,
/// named by the PID of the process that made it ("PID-guid"). A process that ends normally deletes its folders;
/// one that is killed cannot, so the next build deletes every folder whose process is gone. A folder of a
/// running process (this one's included: another build may run in it) is left alone, as is any folder not
/// named this way.
/// </summary>
public static class LibreOfficeWorkFolders
{
    public static string Root => Path.Combine(Path.GetTempPath(), "perfpublish-libreoffice");

    public static string New() => Path.Combine(Root, $"{Environment.ProcessId}-{Guid.NewGuid():N}");

    public static void DeleteStale()
    {
        if (!Directory.Exists(Root)) return;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            if (OwnerOf(Path.GetFileName(folder)) is not { } pid || IsRunning(pid)) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Deleted by another build at the same moment, or not deletable: it is a temp folder, the build goes on.
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's, in a shared temp folder.
            }
        }
    }

    private static int? OwnerOf(string name)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
