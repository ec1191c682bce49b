using System.Diagnostics;
using PerfPublish.Office;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Office;

/// <summary>Without LibreOffice the build still succeeds and says once what it skipped and how to enable it.</summary>
public class PdfAvailabilityTests
{
    [Fact]
    public void Without_soffice_on_path_the_pdf_step_is_skipped_with_how_to_enable_it()
    {
        var found = LibreOffice.Find(null, pathVariable: Path.GetTempPath(), switchValue: null);

        Assert.Null(found.LibreOffice);
        Assert.Contains("not on PATH", found.Notice);
        Assert.Contains("dotnet pwsh build.ps1 install-pdf", found.Notice);
    }

    [Fact]
    public void PERFPUBLISH_PDF_off_skips_the_step_even_where_soffice_is_installed()
    {
        var folder = Directory.CreateTempSubdirectory("perfpublish-fake-soffice").FullName;
        File.WriteAllText(Path.Combine(folder, "soffice"), "");
        try
        {
            Assert.NotNull(LibreOffice.Find(null, folder, switchValue: null).LibreOffice);
            var off = LibreOffice.Find(null, folder, switchValue: "off");
            Assert.Null(off.LibreOffice);
            Assert.Contains("PERFPUBLISH_PDF=off", off.Notice);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_cli_build_without_libreoffice_succeeds_says_so_once_and_asks_word_to_fill_the_toc()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);

        var (exit, output) = RunCli(content.Root, "build", "--templates", Repo.Templates);

        Assert.Equal(0, exit);
        Assert.Single(output.Split('\n'), line => line.StartsWith("note: PDF and table-of-contents page numbers skipped", StringComparison.Ordinal));
        var folder = Path.Combine(content.Output, "site", "publication");
        Assert.False(File.Exists(Path.Combine(folder, "publication.pdf")));
        Assert.Contains("<w:updateFields w:val=\"true\" />", SettingsXml(File.ReadAllBytes(Path.Combine(folder, "publication.docx"))));
    }

    /// <summary>The CLI with a PATH that holds only dotnet, so no soffice can be found.</summary>
    private static (int Exit, string Output) RunCli(string workingFolder, params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, "dotnet")).First(File.Exists);
        var start = new ProcessStartInfo(dotnet) { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = Path.GetDirectoryName(dotnet)!;
        // The note asserted below is the English one (Chinese is the default).
        start.Environment["PERFPUBLISH_LANG"] = "en";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PerfPublish.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    private static string SettingsXml(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/settings.xml")!.Open());
        return reader.ReadToEnd();
    }
}
