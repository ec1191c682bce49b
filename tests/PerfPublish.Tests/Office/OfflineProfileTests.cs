using System.Diagnostics;
using System.Text;
using PerfPublish.Office;
using PerfPublish.Tests.Support;
using PerfPublish.Tests.Write.Pdf;

namespace PerfPublish.Tests.Office;

/// <summary>
/// The profile settings on their own (no network namespace, as on a machine that allows none): LibreOffice
/// converts documents that link to a picture, a style sheet, a frame or a section on 127.0.0.1 and asks
/// that address for nothing.
/// </summary>
public class OfflineProfileTests
{
    private static LibreOffice SettingsOnly() =>
        LibreOffice.Find(null, Environment.GetEnvironmentVariable("PATH"), null, NetworkIsolation.None("the settings are tested alone")).LibreOffice!;

    [LibreOfficeFact]
    public void Alone_they_keep_the_pdf_step_from_loading_a_linked_picture()
    {
        using var counter = new ConnectionCounter();
        using var libreOffice = SettingsOnly();

        var pdf = libreOffice.ConvertToPdf(LinkingDocuments.Docx(counter.Url("picture")));

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(0, counter.Connections);
    }

    [LibreOfficeTheory]
    [InlineData(".html")]
    [InlineData(".fodt")]
    public void Alone_they_keep_an_import_conversion_from_loading_what_the_file_links_to(string extension)
    {
        using var counter = new ConnectionCounter();
        using var libreOffice = SettingsOnly();
        var document = extension == ".html" ? LinkingDocuments.Html(counter.Url("linked")) : LinkingDocuments.FlatOdt(counter.Url("linked"));

        var docx = libreOffice.ConvertToDocx(document, extension, out var problem);

        Assert.True(docx is not null, problem);
        Assert.Equal(0, counter.Connections);
    }

    /// <summary>The documents above are a real test: LibreOffice with a profile of its own defaults fetches the picture.</summary>
    [LibreOfficeFact]
    public void Without_them_libreoffice_fetches_the_linked_picture()
    {
        using var counter = new ConnectionCounter();
        var folder = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "linked.docx");
            File.WriteAllBytes(input, LinkingDocuments.Docx(counter.Url("picture")));
            var soffice = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator)
                .Select(f => Path.Combine(f, "soffice")).First(File.Exists);
            var start = new ProcessStartInfo(soffice, [$"-env:UserInstallation={new Uri(Path.Combine(folder, "profile")).AbsoluteUri}",
                "--headless", "--norestore", "--nologo", "--nolockcheck", "--nodefault", "--convert-to", "pdf", "--outdir", folder, input])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);

            Assert.True(counter.Connections > 0, "a bare LibreOffice should have asked for the linked picture");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
