using System.Globalization;
using PerfPublish.Diagnostics;
using PerfPublish.Load;

namespace PerfPublish.Publishing;

/// <summary>
/// One build (or site assembly) per output folder at a time. The holder keeps output/.perfpublish.lock open
/// with FileShare.None for the whole build: on Linux and macOS that is an flock, on Windows a sharing
/// lock, and either way the operating system drops it when the process ends, however it ends. So a lock
/// file left by a killed build is no lock at all and the next build simply takes it; a second build
/// while the first runs is refused at once (it does not wait: a build takes minutes, and CI should say
/// so rather than hang). Who holds the lock is written beside it (.perfpublish.lock.owner), because no
/// one else can open the locked file to read it.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".perfpublish.lock";
    public const string OwnerFileName = ".perfpublish.lock.owner";

    // Each further attempt follows a lock file its holder deleted between our opening and our locking it.
    private const int Attempts = 10;

    private readonly FileStream _held;
    private readonly string _folder;
    private readonly bool _createdFolder;

    private OutputLock(FileStream held, string folder, bool createdFolder)
    {
        _held = held;
        _folder = folder;
        _createdFolder = createdFolder;
    }

    /// <summary>The lock on <paramref name="outputFolder"/> (created when missing), or null with an error naming the build that holds it.</summary>
    public static OutputLock? Take(string outputFolder, DiagnosticBag diagnostics)
    {
        var folder = Path.GetFullPath(outputFolder);
        var path = Path.Combine(folder, FileName);
        var createdFolder = !Directory.Exists(folder);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            Directory.CreateDirectory(folder);
            FileStream held;
            try
            {
                held = Open(path);
            }
            catch (DirectoryNotFoundException)
            {
                continue; // removed just now by a build that had created it and failed
            }
            catch (IOException) when (File.Exists(path))
            {
                break; // another build holds it
            }

            if (!IsStillAtItsPath(path))
            {
                held.Dispose();
                continue;
            }

            File.WriteAllText(Path.Combine(folder, OwnerFileName), string.Create(CultureInfo.InvariantCulture,
                $"{Environment.ProcessId}\n{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}\n"));
            return new OutputLock(held, folder, createdFolder);
        }

        diagnostics.Error(SourceLocation.StartOf(SourceFile.DisplayPath(path)), Codes.OutputInUse, Holder(folder));
        return null;
    }

    /// <summary>
    /// The lock file opened for this build alone. FileShare.None is what takes the flock on Unix (any other
    /// share mode takes a shared one); Windows enforces the share mode itself, and the holder needs
    /// FileShare.Delete there to delete the file when it is done.
    /// </summary>
    private static FileStream Open(string path) =>
        new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, OperatingSystem.IsWindows() ? FileShare.Delete : FileShare.None);

    /// <summary>
    /// Whether the file just locked is still the one at <paramref name="path"/>: its last holder deletes it before
    /// letting go, so it may have been opened just before that, and another build may since have made and locked
    /// a new one. The file we hold cannot be opened again; any other file there can.
    /// </summary>
    private static bool IsStillAtItsPath(string path)
    {
        try
        {
            using var again = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static string Holder(string folder)
    {
        var display = SourceFile.DisplayPath(folder);
        try
        {
            var owner = File.ReadAllLines(Path.Combine(folder, OwnerFileName));
            if (owner.Length >= 2) return Messages.Format("PP0403", display, owner[0], owner[1]);
        }
        catch (IOException)
        {
            // Not written yet, or just deleted: the build is not named, the refusal stands.
        }

        return Messages.Format("PP0403_Unknown", display);
    }

    /// <summary>Deletes the lock file (and the output folder, when this build created it and left nothing in it), then lets go.</summary>
    public void Dispose()
    {
        File.Delete(Path.Combine(_folder, OwnerFileName));
        File.Delete(_held.Name);
        _held.Dispose();
        if (!_createdFolder) return;
        try
        {
            if (!Directory.EnumerateFileSystemEntries(_folder).Any()) Directory.Delete(_folder);
        }
        catch (IOException)
        {
            // Another build has just started writing here: the folder is its now.
        }
    }
}
