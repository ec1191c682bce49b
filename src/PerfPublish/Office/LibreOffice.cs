using System.Diagnostics;
using System.Text;
using PerfPublish.Diagnostics;

namespace PerfPublish.Office;

/// <summary>
/// LibreOffice headless as a DOCX → PDF converter. Each instance has its own user profile in a temp
/// folder, so a build never hands its work to a LibreOffice the user has open, and parallel builds
/// do not share a profile. Fonts missing on the machine are mapped by the fontconfig file given
/// (templates/pdf-fonts.conf); TZ=UTC keeps the PDF's date field one length, see ReproduciblePdf.
/// It never reaches the network: it runs without one where the system allows (<see cref="NetworkIsolation"/>),
/// and its profile forbids loading what a document links to (<see cref="OfflineProfile"/>).
/// </summary>
public sealed class LibreOffice : IDisposable
{
    /// <summary>Set to "off" to skip the PDF step even where LibreOffice is installed.</summary>
    public const string SwitchVariable = "PERFPUBLISH_PDF";

    public const string HowToEnable = "dotnet pwsh build.ps1 install-pdf";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    // Headings become PDF bookmarks (the outline) and named destinations, which PdfDestinations reads.
    private const string PdfFilter = "pdf:writer_pdf_Export:{" +
        "\"ExportBookmarks\":{\"type\":\"boolean\",\"value\":\"true\"}," +
        "\"ExportBookmarksToPDFDestination\":{\"type\":\"boolean\",\"value\":\"true\"}," +
        "\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}";

    private readonly string _executable;
    private readonly string? _fontConfigFile;
    private readonly string _workFolder;
    private int _runs;

    private LibreOffice(string executable, string? fontConfigFile, NetworkIsolation isolation)
    {
        _executable = executable;
        _fontConfigFile = fontConfigFile is not null && File.Exists(fontConfigFile) ? Path.GetFullPath(fontConfigFile) : null;
        _workFolder = LibreOfficeWorkFolders.New();
        Isolation = isolation;
    }

    /// <summary>How this LibreOffice is kept off the network; its <see cref="NetworkIsolation.Notice"/> is for the user.</summary>
    public NetworkIsolation Isolation { get; }

    /// <summary>LibreOffice from the PATH of this process or its install folder (<see cref="LibreOfficeLocation"/>), unless PERFPUBLISH_PDF=off.</summary>
    public static PdfAvailability Find(string? fontConfigFile) =>
        Find(fontConfigFile, Environment.GetEnvironmentVariable("PATH"), Environment.GetEnvironmentVariable(SwitchVariable));

    /// <summary>
    /// LibreOffice from <paramref name="pathVariable"/>, run with <paramref name="isolation"/> (by default what
    /// this machine allows, <see cref="NetworkIsolation.Current"/>).
    /// </summary>
    public static PdfAvailability Find(string? fontConfigFile, string? pathVariable, string? switchValue, NetworkIsolation? isolation = null)
    {
        if (string.Equals(switchValue, "off", StringComparison.OrdinalIgnoreCase))
            return PdfAvailability.Skipped(Messages.Format("Pdf_SwitchedOff", SwitchVariable));
        var executable = LibreOfficeLocation.Candidates(pathVariable, OperatingSystem.IsWindows(), LibreOfficeLocation.InstallFolders())
            .FirstOrDefault(File.Exists);
        return executable is null
            ? PdfAvailability.Skipped(Messages.Format("Pdf_NotOnPath"))
            : PdfAvailability.Found(new LibreOffice(executable, fontConfigFile, isolation ?? NetworkIsolation.Current));
    }

    /// <summary>Another converter with the same program and fonts but its own profile, for another worker.</summary>
    public LibreOffice WithOwnProfile() => new(_executable, _fontConfigFile, Isolation);

    public byte[] ConvertToPdf(byte[] docx)
    {
        var converted = ConvertAllToPdf([docx])[0];
        return converted.Pdf ?? throw new LibreOfficeException(converted.Problem!);
    }

    /// <summary>
    /// Converts many documents with one start of LibreOffice (a start costs far more than a document).
    /// A document the batch did not convert (it failed, or the batch hung and was stopped) is tried
    /// again on its own, so one bad document is reported as itself and never costs the others their PDF.
    /// </summary>
    public IReadOnlyList<PdfConversion> ConvertAllToPdf(IReadOnlyList<byte[]> documents)
    {
        var folder = Path.Combine(_workFolder, $"run-{Interlocked.Increment(ref _runs)}");
        Directory.CreateDirectory(folder);
        var inputs = documents.Select((docx, i) => Path.Combine(folder, $"document-{i + 1:D4}.docx")).ToList();
        for (var i = 0; i < documents.Count; i++) File.WriteAllBytes(inputs[i], documents[i]);

        var problem = TryRun([
            .. StartArguments(),
            "--convert-to", PdfFilter, "--outdir", folder, .. inputs,
        ], TimeoutFor(documents.Count));

        var results = inputs.Select(input => Path.ChangeExtension(input, ".pdf"))
            .Select(output => File.Exists(output) ? new PdfConversion(File.ReadAllBytes(output), null) : null)
            .ToList();
        Directory.Delete(folder, recursive: true);
        return [.. results.Select((result, i) => result
            ?? (documents.Count > 1 ? ConvertAllToPdf([documents[i]])[0] : new PdfConversion(null, problem ?? "LibreOffice wrote no PDF")))];
    }

    /// <summary>
    /// Converts a file LibreOffice opens (.doc, .odt, .rtf, .wps …) to DOCX, for import; null with
    /// <paramref name="problem"/> set when it could not. The file is copied into this instance's own
    /// folder under a fixed name, so nothing of the user's file name reaches the command line.
    /// </summary>
    public byte[]? ConvertToDocx(byte[] document, string extension, out string? problem)
    {
        var folder = Path.Combine(_workFolder, $"run-{Interlocked.Increment(ref _runs)}");
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, "source" + extension);
        File.WriteAllBytes(input, document);
        problem = TryRun([
            .. StartArguments(),
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", Path.Combine(folder, "out"), input,
        ], Timeout);
        var output = Path.Combine(folder, "out", "source.docx");
        var docx = File.Exists(output) ? File.ReadAllBytes(output) : null;
        Directory.Delete(folder, recursive: true);
        if (docx is not null) problem = null;
        return docx;
    }

    /// <summary>This instance's own profile, given the offline settings before LibreOffice first starts with it, and no window or recovery.</summary>
    private string[] StartArguments()
    {
        var profile = Path.Combine(_workFolder, "profile");
        OfflineProfile.Prepare(profile);
        return [$"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--norestore", "--nologo", "--nolockcheck", "--nodefault"];
    }

    /// <summary>A batch gets the single document's allowance plus a share per further document.</summary>
    private static TimeSpan TimeoutFor(int documents) => Timeout + TimeSpan.FromSeconds(20) * (documents - 1);

    /// <summary>Runs soffice; null when it ended normally, else what went wrong (with what it printed).</summary>
    private string? TryRun(IEnumerable<string> arguments, TimeSpan timeout)
    {
        try
        {
            var log = Run(arguments, timeout);
            return $"LibreOffice wrote nothing: {log.Trim()}";
        }
        catch (Exception e) when (e is LibreOfficeException or IOException or System.ComponentModel.Win32Exception)
        {
            return e.Message;
        }
    }

    /// <summary>Runs soffice to the end and returns what it printed; it exits 0 even when a conversion fails.</summary>
    private string Run(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = Isolation.StartInfo(_executable);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (_fontConfigFile is not null) start.Environment["FONTCONFIG_FILE"] = _fontConfigFile;
        start.Environment["TZ"] = "UTC";

        var log = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new LibreOfficeException($"LibreOffice did not finish within {timeout.TotalMinutes:0.#} minutes");
        }

        process.WaitForExit();
        if (process.ExitCode != 0) throw new LibreOfficeException($"LibreOffice exited with {process.ExitCode}: {log.ToString().Trim()}");
        return log.ToString();
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null) return;
        lock (log) log.AppendLine(line);
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_workFolder)) Directory.Delete(_workFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the build's result does not depend on it.
        }
    }
}
