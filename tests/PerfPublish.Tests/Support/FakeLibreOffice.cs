namespace PerfPublish.Tests.Support;

/// <summary>
/// Fixtures/fake-soffice/soffice in a folder of its own under <paramref name="root"/>: a LibreOffice that
/// fails every conversion and counts its starts. <see cref="Environment"/> is what a perfpublish process
/// needs to use it (CliProcess), with the temporary folder (where LibreOffice profiles go) under root too.
/// </summary>
public sealed class FakeLibreOffice
{
    public FakeLibreOffice(string root)
    {
        var folder = Path.Combine(root, "fake-libreoffice");
        Directory.CreateDirectory(folder);
        var soffice = Path.Combine(folder, "soffice");
        File.Copy(Path.Combine(Repo.Fixtures, "fake-soffice", "soffice"), soffice);
        // A shell script, so Linux and macOS only, like the hard links and LibreOffice of the build itself.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(soffice, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        Log = Path.Combine(root, "soffice.log");
        TempFolder = Path.Combine(root, "tmp");
        Directory.CreateDirectory(TempFolder);
        Environment = new Dictionary<string, string>
        {
            ["PATH"] = folder + Path.PathSeparator + Path.GetDirectoryName(CliProcess.Dotnet),
            ["FAKE_SOFFICE_LOG"] = Log,
            ["TMPDIR"] = TempFolder,
        };
    }

    public string Log { get; }

    /// <summary>The TMPDIR of the processes that use it.</summary>
    public string TempFolder { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>How many times LibreOffice was started so far.</summary>
    public int Starts => File.Exists(Log) ? File.ReadAllLines(Log).Length : 0;
}
